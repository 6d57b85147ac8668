// The interchange reader on any bytes: it reads a workshop or refuses with a reason, never
// crashes; what it reads passes the check pass and writes back to the same workshop.

#include "fuzz_support.h"
#include "store/json_interchange.h"

using namespace sb;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QString error;
    const std::optional<Workshop> workshop = json::read(fuzz::bytesOf(data, size), &error);
    if (!workshop) {
        fuzz::checkReason(error);
        return 0;
    }
    fuzz::checkEveryMap(*workshop);
    QString rereadError;
    const std::optional<Workshop> reread = json::read(json::write(*workshop), &rereadError);
    if (!reread)
        fuzz::broken(qPrintable(u"what was read writes back readably: "_s + rereadError));
    if (!(*reread == *workshop))
        fuzz::broken("what was read writes back to the same workshop");
    return 0;
}
