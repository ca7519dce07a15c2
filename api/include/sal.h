// Copyright winemu authors.
//
// sal.h: the source-code annotation language (SAL) of the Windows SDK and WDK.
//
// Windows headers and the code written against them decorate parameters,
// return values, fields and functions with annotations such as `_In_`,
// `_Outptr_opt_` or `_IRQL_requires_max_(DISPATCH_LEVEL)`. They only feed the
// Microsoft static analyzer; in winemu every one of them expands to nothing,
// so annotated Windows code compiles unchanged:
//
//   _Must_inspect_result_ NTSTATUS Foo(_In_ HANDLE h, _Out_opt_ PULONG n);
//
// The IRQL and lock annotations that the WDK keeps in its driver headers are
// here as well, so that kernel-mode code needs nothing more than this file.
#ifndef WINEMU_API_INCLUDE_SAL_H_
#define WINEMU_API_INCLUDE_SAL_H_

#define _SAL_VERSION 20

// Parameters: input, output, in-out.
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _In_reads_(size)
#define _In_reads_opt_(size)
#define _In_reads_bytes_(size)
#define _In_reads_bytes_opt_(size)
#define _In_reads_z_(size)
#define _In_reads_opt_z_(size)
#define _In_reads_or_z_(size)
#define _In_reads_to_ptr_(ptr)
#define _In_reads_to_ptr_opt_(ptr)
#define _In_range_(lb, ub)
#define _In_NLS_string_(size)
#define _In_defensive_(annotes)

#define _Out_
#define _Out_opt_
#define _Out_writes_(size)
#define _Out_writes_opt_(size)
#define _Out_writes_bytes_(size)
#define _Out_writes_bytes_opt_(size)
#define _Out_writes_z_(size)
#define _Out_writes_opt_z_(size)
#define _Out_writes_to_(size, count)
#define _Out_writes_to_opt_(size, count)
#define _Out_writes_all_(size)
#define _Out_writes_all_opt_(size)
#define _Out_writes_bytes_to_(size, count)
#define _Out_writes_bytes_to_opt_(size, count)
#define _Out_writes_bytes_all_(size)
#define _Out_writes_bytes_all_opt_(size)
#define _Out_writes_to_ptr_(ptr)
#define _Out_writes_to_ptr_opt_(ptr)
#define _Out_range_(lb, ub)
#define _Out_defensive_(annotes)

#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_opt_z_
#define _Inout_updates_(size)
#define _Inout_updates_opt_(size)
#define _Inout_updates_z_(size)
#define _Inout_updates_opt_z_(size)
#define _Inout_updates_to_(size, count)
#define _Inout_updates_to_opt_(size, count)
#define _Inout_updates_all_(size)
#define _Inout_updates_all_opt_(size)
#define _Inout_updates_bytes_(size)
#define _Inout_updates_bytes_opt_(size)
#define _Inout_updates_bytes_to_(size, count)
#define _Inout_updates_bytes_to_opt_(size, count)
#define _Inout_updates_bytes_all_(size)
#define _Inout_updates_bytes_all_opt_(size)
#define _Inout_defensive_(annotes)

// Pointer-to-pointer outputs.
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_z_
#define _Outptr_opt_result_z_
#define _Outptr_result_maybenull_z_
#define _Outptr_opt_result_maybenull_z_
#define _Outptr_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#define _Outptr_result_buffer_(size)
#define _Outptr_opt_result_buffer_(size)
#define _Outptr_result_buffer_maybenull_(size)
#define _Outptr_opt_result_buffer_maybenull_(size)
#define _Outptr_result_buffer_to_(size, count)
#define _Outptr_opt_result_buffer_to_(size, count)
#define _Outptr_result_buffer_all_(size)
#define _Outptr_opt_result_buffer_all_(size)
#define _Outptr_result_buffer_all_maybenull_(size)
#define _Outptr_result_bytebuffer_(size)
#define _Outptr_opt_result_bytebuffer_(size)
#define _Outptr_result_bytebuffer_maybenull_(size)
#define _Outptr_opt_result_bytebuffer_maybenull_(size)
#define _Outptr_result_bytebuffer_to_(size, count)
#define _Outptr_result_bytebuffer_all_(size)
#define _Outref_
#define _Outref_result_maybenull_
#define _Outref_result_nullonfailure_
#define _COM_Outptr_
#define _COM_Outptr_opt_
#define _COM_Outptr_result_maybenull_
#define _COM_Outptr_opt_result_maybenull_

// Return values.
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_null_
#define _Ret_valid_
#define _Ret_z_
#define _Ret_maybenull_z_
#define _Ret_opt_
#define _Ret_range_(lb, ub)
#define _Ret_writes_(size)
#define _Ret_writes_z_(size)
#define _Ret_writes_maybenull_(size)
#define _Ret_writes_maybenull_z_(size)
#define _Ret_writes_bytes_(size)
#define _Ret_writes_bytes_maybenull_(size)
#define _Ret_writes_to_(size, count)
#define _Ret_writes_bytes_to_(size, count)
#define _Check_return_
#define _Check_return_opt_
#define _Must_inspect_result_
#define _Success_(expr)
#define _Return_type_success_(expr)
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Post_equals_last_error_
#define _Translates_Win32_to_HRESULT_(errorCode)
#define _Translates_NTSTATUS_to_HRESULT_(status)
#define _Translates_last_error_to_HRESULT_

// Pre- and post-conditions.
#define _Pre_
#define _Post_
#define _Pre_valid_
#define _Pre_opt_valid_
#define _Pre_invalid_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_null_
#define _Pre_z_
#define _Pre_readable_size_(size)
#define _Pre_writable_size_(size)
#define _Pre_readable_byte_size_(size)
#define _Pre_writable_byte_size_(size)
#define _Pre_equal_to_(expr)
#define _Pre_satisfies_(expr)
#define _Pre_defensive_
#define _Post_valid_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_notnull_
#define _Post_maybenull_
#define _Post_null_
#define _Post_z_
#define _Post_readable_size_(size)
#define _Post_writable_size_(size)
#define _Post_readable_byte_size_(size)
#define _Post_writable_byte_size_(size)
#define _Post_equal_to_(expr)
#define _Post_satisfies_(expr)
#define _Post_defensive_
#define _Deref_pre_z_
#define _Deref_pre_valid_
#define _Deref_pre_notnull_
#define _Deref_pre_maybenull_
#define _Deref_post_z_
#define _Deref_post_valid_
#define _Deref_post_notnull_
#define _Deref_post_maybenull_
#define _Deref_post_null_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_out_z_
#define _Deref_opt_out_
#define _Deref_opt_out_opt_
#define _Deref_in_range_(lb, ub)
#define _Deref_out_range_(lb, ub)
#define _Deref_inout_range_(lb, ub)

// Pointer and buffer properties.
#define _Notnull_
#define _Maybenull_
#define _Null_
#define _Valid_
#define _Notvalid_
#define _Const_
#define _Literal_
#define _Notliteral_
#define _Points_to_data_
#define _Null_terminated_
#define _NullNull_terminated_
#define _Readable_bytes_(size)
#define _Readable_elements_(size)
#define _Writable_bytes_(size)
#define _Writable_elements_(size)
#define _Printf_format_string_
#define _Printf_format_string_params_(x)
#define _Scanf_format_string_
#define _Scanf_s_format_string_
#define _Strict_type_match_
#define _Enum_is_bitflag_
#define _Reserved_
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Unchanged_(expr)
#define _Inexpressible_(expr)

// Struct fields.
#define _Field_size_(size)
#define _Field_size_opt_(size)
#define _Field_size_bytes_(size)
#define _Field_size_bytes_opt_(size)
#define _Field_size_part_(size, count)
#define _Field_size_part_opt_(size, count)
#define _Field_size_bytes_part_(size, count)
#define _Field_size_bytes_part_opt_(size, count)
#define _Field_size_full_(size)
#define _Field_size_full_opt_(size)
#define _Field_size_bytes_full_(size)
#define _Field_size_bytes_full_opt_(size)
#define _Field_z_
#define _Field_range_(lb, ub)
#define _Struct_size_bytes_(size)

// Conditions and grouping.
#define _When_(expr, annotes)
#define _At_(target, annotes)
#define _At_buffer_(target, iter, bound, annotes)
#define _Always_(annotes)
#define _On_failure_(annotes)
#define _Group_(annotes)
#define _Use_decl_annotations_
#define _Function_class_(name)

// Analysis directives.
#define _Analysis_mode_(mode)
#define _Analysis_noreturn_
#define _Analysis_assume_(expr)
#define _Analysis_assume_nullterminated_(x)

// Locks and concurrency.
#define _Acquires_lock_(lock)
#define _Releases_lock_(lock)
#define _Acquires_exclusive_lock_(lock)
#define _Releases_exclusive_lock_(lock)
#define _Acquires_shared_lock_(lock)
#define _Releases_shared_lock_(lock)
#define _Acquires_nonreentrant_lock_(lock)
#define _Releases_nonreentrant_lock_(lock)
#define _Requires_lock_held_(lock)
#define _Requires_lock_not_held_(lock)
#define _Requires_exclusive_lock_held_(lock)
#define _Requires_shared_lock_held_(lock)
#define _Requires_no_locks_held_
#define _Guarded_by_(lock)
#define _Write_guarded_by_(lock)
#define _Interlocked_
#define _Interlocked_operand_
#define _Post_same_lock_(a, b)
#define _Has_lock_kind_(kind)
#define _Has_lock_level_(level)
#define _Lock_level_order_(a, b)
#define _Create_lock_level_(level)
#define _No_competing_thread_
#define _Analysis_assume_lock_held_(lock)
#define _Analysis_assume_lock_not_held_(lock)
#define _Benign_race_begin_
#define _Benign_race_end_

// Kernel mode: IRQL, dispatch routines and kernel resources.
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_requires_same_
#define _IRQL_raises_(irql)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_always_function_max_(irql)
#define _IRQL_always_function_min_(irql)
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _Dispatch_type_(type)
#define _Kernel_requires_resource_held_(kind)
#define _Kernel_requires_resource_not_held_(kind)
#define _Kernel_acquires_resource_(kind)
#define _Kernel_releases_resource_(kind)
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Kernel_clear_do_init_(yesNo)
#define _Kernel_IoGetDmaAdapter_

#endif  // WINEMU_API_INCLUDE_SAL_H_
