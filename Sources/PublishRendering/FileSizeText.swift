/// A file's size as the download links say it: `820 字节`, `16 KB`, `1.2 MB` (1 KB = 1024 bytes;
/// kilobytes rounded up, so a file is never said to be smaller than it is).
package enum FileSizeText {
    package static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        if bytes < 1024 * 1024 { return "\((bytes + 1023) / 1024) KB" }
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
