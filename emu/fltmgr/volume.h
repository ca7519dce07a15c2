// Copyright winemu authors.
//
// volume.h: the in-memory volume FltCreateFile* opens files on, and its file
// objects.
//
// A default machine has one empty volume, C: (\Device\HarddiskVolume1); the
// names \??\C:\..., \DosDevices\C:\... and \Device\HarddiskVolume1\... reach
// it. Names are matched case-insensitively, as NTFS does by default. A test
// seeds files with SeedFile() and reads them back with Contents().
//
//   Volume& c = fm.volume();
//   c.SeedFile(L"\\dir\\a.txt", "hello");
//   CreateRequest r{.path = L"\\??\\C:\\dir\\a.txt", .read = true, ...};
//   CreateResult opened = c.Create(r);   // opened.file: a FileObject
//
// Share access follows the NT rules: an open must allow what the existing
// opens do, and the existing opens must allow what it asks; it is released
// when the last handle to the file object is closed (cleanup), not when the
// file object goes away.
#ifndef WINEMU_EMU_FLTMGR_VOLUME_H_
#define WINEMU_EMU_FLTMGR_VOLUME_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "emu/core/mutex.h"
#include "emu/core/object.h"
#include "emu/fltmgr/status.h"

namespace winemu::fltmgr {

extern const ObjectType kFileObjectType;
extern const ObjectType kFileHandleType;

enum class Disposition {
  kSupersede = 0,
  kOpen = 1,
  kCreate = 2,
  kOpenIf = 3,
  kOverwrite = 4,
  kOverwriteIf = 5,
};

// IO_STATUS_BLOCK.Information of a create.
enum class CreateInfo {
  kSuperseded = 0,
  kOpened = 1,
  kCreated = 2,
  kOverwritten = 3,
  kExists = 4,
  kDoesNotExist = 5,
};

// Write's offset meaning "append" (FILE_WRITE_TO_END_OF_FILE).
inline constexpr uint64_t kEndOfFileOffset = ~uint64_t{0};

struct CreateRequest {
  std::wstring path;  // the full object name
  bool read = false, write = false, del = false;
  bool share_read = false, share_write = false, share_delete = false;
  Disposition disposition = Disposition::kOpen;
  bool directory_file = false;       // FILE_DIRECTORY_FILE
  bool non_directory_file = false;   // FILE_NON_DIRECTORY_FILE
  bool ignore_share_access = false;  // IO_IGNORE_SHARE_ACCESS_CHECK
};

class Volume;
struct Node;

class FileObject : public Object {
 public:
  FileObject(Volume* volume, std::shared_ptr<Node> node,
             const CreateRequest& request);
  ~FileObject() override;

  bool directory() const;
  // Reads at `offset` (nullopt: the current position); kEndOfFile at or
  // past the end.
  Status Read(std::optional<uint64_t> offset, void* buffer, size_t length,
              bool update_position, size_t* read);
  Status Write(std::optional<uint64_t> offset, const void* buffer,
               size_t length, bool update_position, size_t* written);

  // Releases the share access (the last handle was closed).
  void Cleanup();

  // References beyond the handle's (ObReferenceObject / ObDereference).
  void AddReference() { ++references_; }
  // Returns the references left.
  int DropReference() { return --references_; }

 private:
  Volume* const volume_;
  const std::shared_ptr<Node> node_;
  const CreateRequest access_;  // what the open asked for
  Mutex mu_;
  uint64_t position_ ABSL_GUARDED_BY(mu_) = 0;
  bool cleaned_up_ ABSL_GUARDED_BY(mu_) = false;
  std::atomic<int> references_{1};
};

// A handle from FltCreateFile*: closing it cleans the file object up.
class FileHandle : public Object {
 public:
  explicit FileHandle(std::shared_ptr<FileObject> file)
      : Object(kFileHandleType), file_(std::move(file)) {}
  const std::shared_ptr<FileObject>& file() const { return file_; }

 protected:
  void OnClose(CloseReason reason) override { file_->Cleanup(); }

 private:
  const std::shared_ptr<FileObject> file_;
};

struct CreateResult {
  Status status = Status::kOk;
  CreateInfo information = CreateInfo::kOpened;
  std::shared_ptr<FileObject> file;
};

class Volume {
 public:
  Volume();
  ~Volume();

  CreateResult Create(const CreateRequest& request);

  // Test control. `path` is relative to the volume root ("\dir\a.txt");
  // missing directories are created.
  void SeedFile(const std::wstring& path, const std::string& contents);
  // Nullopt if there is no such file.
  std::optional<std::string> Contents(const std::wstring& path);

 private:
  friend class FileObject;
  // The path inside the volume, or nullopt for a name on another device.
  static std::optional<std::wstring> VolumePath(const std::wstring& name);

  Mutex mu_;  // the tree, the data and the share counts
  std::shared_ptr<Node> root_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu::fltmgr

#endif  // WINEMU_EMU_FLTMGR_VOLUME_H_
