// Copyright winemu authors.
#include "emu/fltmgr/volume.h"

#include <algorithm>
#include <cstring>
#include <cwctype>

namespace winemu::fltmgr {

const ObjectType kFileObjectType = {"file object (FltCreateFileEx)",
                                    "ObDereferenceObject", false};
const ObjectType kFileHandleType = {"file handle (FltCreateFile)", "FltClose",
                                    false};

struct Node {
  bool directory = false;
  std::vector<uint8_t> data;
  std::map<std::wstring, std::shared_ptr<Node>> children;  // upper-case keys
  // Share accounting: how many opens hold each access, and allow each share.
  int opens = 0, readers = 0, writers = 0, deleters = 0;
  int share_read = 0, share_write = 0, share_delete = 0;
};

namespace {

std::wstring Upper(std::wstring s) {
  for (wchar_t& c : s) c = static_cast<wchar_t>(std::towupper(c));
  return s;
}

bool StartsWithNoCase(const std::wstring& s, const std::wstring& prefix) {
  return s.size() >= prefix.size() &&
         Upper(s.substr(0, prefix.size())) == Upper(prefix);
}

// Splits "\a\b" into {"a", "b"}; false for an empty component.
bool Split(const std::wstring& path, std::vector<std::wstring>* parts) {
  size_t i = 1;  // after the leading backslash
  while (i < path.size()) {
    size_t j = path.find(L'\\', i);
    if (j == std::wstring::npos) j = path.size();
    if (j == i) return false;
    parts->push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return true;
}

}  // namespace

Volume::Volume() : root_(std::make_shared<Node>()) { root_->directory = true; }

Volume::~Volume() = default;

std::optional<std::wstring> Volume::VolumePath(const std::wstring& name) {
  for (const wchar_t* prefix :
       {L"\\??\\C:", L"\\DosDevices\\C:", L"\\Device\\HarddiskVolume1"}) {
    const std::wstring p(prefix);
    if (StartsWithNoCase(name, p)) {
      std::wstring rest = name.substr(p.size());
      if (rest.empty()) return std::wstring(L"\\");
      if (rest[0] != L'\\') return std::nullopt;
      return rest;
    }
  }
  return std::nullopt;
}

CreateResult Volume::Create(const CreateRequest& r) {
  CreateResult result;
  std::optional<std::wstring> path = VolumePath(r.path);
  if (!path.has_value()) {
    result.status = Status::kPathNotFound;  // another device [INF]
    return result;
  }
  std::vector<std::wstring> parts;
  if (!Split(*path, &parts)) {
    result.status = Status::kObjectNameInvalid;
    return result;
  }
  MutexLock lock(&mu_);
  std::shared_ptr<Node> parent = root_;
  std::shared_ptr<Node> node = root_;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!node->directory) {
      result.status = Status::kPathNotFound;
      return result;
    }
    parent = node;
    auto it = node->children.find(Upper(parts[i]));
    if (it == node->children.end()) {
      if (i + 1 < parts.size()) {
        result.status = Status::kPathNotFound;
        return result;
      }
      node = nullptr;
      break;
    }
    node = it->second;
  }
  if (node == nullptr) {
    if (r.disposition == Disposition::kOpen ||
        r.disposition == Disposition::kOverwrite) {
      result.status = Status::kNameNotFound;
      result.information = CreateInfo::kDoesNotExist;
      return result;
    }
    node = std::make_shared<Node>();
    node->directory = r.directory_file;
    parent->children[Upper(parts.back())] = node;
    result.information = CreateInfo::kCreated;
  } else {
    if (r.disposition == Disposition::kCreate) {
      result.status = Status::kNameCollision;
      result.information = CreateInfo::kExists;
      return result;
    }
    if (node->directory && r.non_directory_file) {
      result.status = Status::kFileIsADirectory;
      return result;
    }
    if (!node->directory && r.directory_file) {
      result.status = Status::kNotADirectory;
      return result;
    }
    const bool replaces = r.disposition == Disposition::kSupersede ||
                          r.disposition == Disposition::kOverwrite ||
                          r.disposition == Disposition::kOverwriteIf;
    if (replaces && node->directory) {
      result.status = Status::kFileIsADirectory;  // [INF]
      return result;
    }
    if (!r.ignore_share_access && node->opens > 0) {
      const bool conflict = (r.read && node->share_read < node->opens) ||
                            (r.write && node->share_write < node->opens) ||
                            (r.del && node->share_delete < node->opens) ||
                            (node->readers > 0 && !r.share_read) ||
                            (node->writers > 0 && !r.share_write) ||
                            (node->deleters > 0 && !r.share_delete);
      if (conflict) {
        result.status = Status::kSharingViolation;
        return result;
      }
    }
    if (replaces) node->data.clear();
    result.information = r.disposition == Disposition::kSupersede
                             ? CreateInfo::kSuperseded
                         : replaces ? CreateInfo::kOverwritten
                                    : CreateInfo::kOpened;
  }
  if (!r.ignore_share_access) {
    ++node->opens;
    node->readers += r.read;
    node->writers += r.write;
    node->deleters += r.del;
    node->share_read += r.share_read;
    node->share_write += r.share_write;
    node->share_delete += r.share_delete;
  }
  result.file = std::make_shared<FileObject>(this, node, r);
  return result;
}

void Volume::SeedFile(const std::wstring& path, const std::string& contents) {
  std::vector<std::wstring> parts;
  if (path.empty() || path[0] != L'\\' || !Split(path, &parts) ||
      parts.empty()) {
    return;
  }
  MutexLock lock(&mu_);
  std::shared_ptr<Node> node = root_;
  for (size_t i = 0; i < parts.size(); ++i) {
    auto& child = node->children[Upper(parts[i])];
    if (child == nullptr) {
      child = std::make_shared<Node>();
      child->directory = i + 1 < parts.size();
    }
    node = child;
  }
  node->data.assign(contents.begin(), contents.end());
}

std::optional<std::string> Volume::Contents(const std::wstring& path) {
  std::vector<std::wstring> parts;
  if (path.empty() || path[0] != L'\\' || !Split(path, &parts)) {
    return std::nullopt;
  }
  MutexLock lock(&mu_);
  std::shared_ptr<Node> node = root_;
  for (const auto& part : parts) {
    auto it = node->children.find(Upper(part));
    if (it == node->children.end()) return std::nullopt;
    node = it->second;
  }
  if (node->directory) return std::nullopt;
  return std::string(node->data.begin(), node->data.end());
}

FileObject::FileObject(Volume* volume, std::shared_ptr<Node> node,
                       const CreateRequest& request)
    : Object(kFileObjectType),
      volume_(volume),
      node_(std::move(node)),
      access_(request) {}

FileObject::~FileObject() = default;

bool FileObject::directory() const { return node_->directory; }

void FileObject::Cleanup() {
  {
    MutexLock lock(&mu_);
    if (cleaned_up_) return;
    cleaned_up_ = true;
  }
  if (access_.ignore_share_access) return;
  MutexLock lock(&volume_->mu_);
  --node_->opens;
  node_->readers -= access_.read;
  node_->writers -= access_.write;
  node_->deleters -= access_.del;
  node_->share_read -= access_.share_read;
  node_->share_write -= access_.share_write;
  node_->share_delete -= access_.share_delete;
}

Status FileObject::Read(std::optional<uint64_t> offset, void* buffer,
                        size_t length, bool update_position, size_t* read) {
  *read = 0;
  if (!access_.read) return Status::kFileAccessDenied;
  // A directory has no data stream: the file system refuses data I/O.
  if (node_->directory) return Status::kInvalidDeviceRequest;
  MutexLock lock(&mu_);
  const uint64_t at = offset.value_or(position_);
  MutexLock volume_lock(&volume_->mu_);
  const auto& data = node_->data;
  if (at >= data.size()) return Status::kEndOfFile;
  const size_t n = std::min<uint64_t>(length, data.size() - at);
  if (n > 0) std::memcpy(buffer, data.data() + at, n);
  *read = n;
  if (update_position) position_ = at + n;
  return Status::kOk;
}

Status FileObject::Write(std::optional<uint64_t> offset, const void* buffer,
                         size_t length, bool update_position, size_t* written) {
  *written = 0;
  if (!access_.write) return Status::kFileAccessDenied;
  // A directory has no data stream: the file system refuses data I/O.
  if (node_->directory) return Status::kInvalidDeviceRequest;
  MutexLock lock(&mu_);
  MutexLock volume_lock(&volume_->mu_);
  auto& data = node_->data;
  uint64_t at = offset.value_or(position_);
  if (at == kEndOfFileOffset) at = data.size();
  if (data.size() < at + length) data.resize(at + length);
  // A zero-length write may see an empty (null) stream: copy only bytes.
  if (length > 0) std::memcpy(data.data() + at, buffer, length);
  *written = length;
  if (update_position) position_ = at + length;
  return Status::kOk;
}

}  // namespace winemu::fltmgr
