#if canImport(Glibc)
import CGlibcMalloc
#endif

/// How the process's allocator keeps memory it was given back.
///
/// glibc hands freed memory back to the system as soon as 128 KB lie free at the top of a
/// thread's heap, and maps blocks above a threshold of its own choosing one by one. A `check` of
/// imported text writes each file's findings into a buffer of about 150 KB that is freed when the
/// file is printed: with the defaults every such buffer went back to the system and came again
/// page by page (60,000–130,000 page faults for 2,000 notices, a third of a second of system time,
/// depending on which thread freed what; 2,400 with these settings). Memory that was used once
/// is used again; the peak stays what it was (within 1 MB).
enum AllocatorSettings {
    /// Keeps up to 64 MB free at the top of a heap, and maps only blocks of 32 MB and more apart.
    static func apply() {
        #if canImport(Glibc)
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }
}
