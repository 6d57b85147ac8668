#pragma once

#include "store/json_interchange.h"
#include "test_paths.h"

#include <QFile>

namespace sb::test {

// A bundled example (resources/examples) as the interchange reader gives it: maps numbered from
// 1 in file order. Empty when it cannot be read, which the test's comparisons then show.
inline Workshop exampleWorkshop(const QString& file = QStringLiteral("shopper-purchase.json")) {
    QFile json(QStringLiteral(EXAMPLES_DIR "/") + file);
    if (!json.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return json::read(json.readAll(), &error).value_or(Workshop{});
}

} // namespace sb::test
