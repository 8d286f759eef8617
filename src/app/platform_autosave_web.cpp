#include <emscripten.h>

#include "app/autosave.h"
#include "app/platform_autosave.h"

namespace app {

// The text crosses between JS and C++ through the heap (std::string's buffer), never the stack: a saved session
// can be megabytes. localStorage throws when it is unavailable (private mode, file://, disabled) or full; each
// access is in its own try.
bool write_autosave(const std::string& text, std::string& error) {
    const int ok = EM_ASM_INT({
        try {
            localStorage.setItem('bplab.autosave.v1', UTF8ToString($0, $1));
            Module.bplabAutosavedAt = Date.now();  // the crash banner's "your work up to …"
            return 1;
        } catch (e) {
            Module.bplabAutosaveError = String(e && e.name || e);
            return 0;
        }
    }, text.data(), static_cast<int>(text.size()));
    if (!ok) error = "the browser's storage refused the autosave (unavailable or full)";
    return ok != 0;
}

bool read_autosave(std::string& text, std::string& error) {
    // First the length in UTF-8 bytes (−1: none, −2: storage unavailable); the text waits in Module meanwhile.
    const int length = EM_ASM_INT({
        try {
            const text = localStorage.getItem('bplab.autosave.v1');
            if (text === null) return -1;
            Module.bplabAutosaveText = text;
            return lengthBytesUTF8(text);
        } catch (e) {
            return -2;
        }
    });
    if (length == -2) error = "the browser's storage is unavailable: nothing was restored, and nothing will be saved";
    if (length < 0) return false;
    if (static_cast<size_t>(length) > kMaxSavedSessionBytes) {
        EM_ASM({ delete Module.bplabAutosaveText; });
        error = "the saved session is larger than a saved session can be";
        return false;
    }
    text.assign(static_cast<size_t>(length) + 1, '\0');  // stringToUTF8 writes a terminating 0
    EM_ASM({
        stringToUTF8(Module.bplabAutosaveText, $0, $1);
        delete Module.bplabAutosaveText;
    }, text.data(), length + 1);
    text.resize(static_cast<size_t>(length));
    return true;
}

bool autosave_restore_requested() {
    return EM_ASM_INT({
        try {
            const asked = sessionStorage.getItem('bplab.restore-now') === '1';
            sessionStorage.removeItem('bplab.restore-now');
            return asked ? 1 : 0;
        } catch (e) {
            return 0;
        }
    }) != 0;
}

bool start_card_dismissed() {
    return EM_ASM_INT({
        try {
            return localStorage.getItem('bplab.start-card.v1') === 'dismissed' ? 1 : 0;
        } catch (e) {
            return 0;
        }
    }) != 0;
}

bool remember_start_card_dismissed(std::string& error) {
    const int ok = EM_ASM_INT({
        try {
            localStorage.setItem('bplab.start-card.v1', 'dismissed');
            return 1;
        } catch (e) {
            return 0;
        }
    });
    if (!ok) error = "the browser's storage is unavailable: the start card will show again";
    return ok != 0;
}

}  // namespace app
