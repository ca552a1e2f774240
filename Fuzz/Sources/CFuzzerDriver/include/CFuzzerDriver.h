// libFuzzer's driver, declared so Swift calls it with the C calling convention. It lives in the
// toolchain's libFuzzer, which `-sanitize=fuzzer` links.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
