#include "generated_map.h"

#include "store/json_interchange.h"

#include <QProcess>
#include <map>

namespace sb::bench {

const Map& generatedMap(int stages) {
    static std::map<int, Map> maps;
    if (const auto it = maps.find(stages); it != maps.end())
        return it->second;
    QProcess genmap;
    genmap.start(QStringLiteral("python3"),
                 {QStringLiteral(GENMAP_SCRIPT), QString::number(stages)});
    if (!genmap.waitForFinished(-1) || genmap.exitCode() != 0)
        qFatal("genmap.py %d failed: %s", stages, genmap.readAllStandardError().constData());
    QString error;
    std::optional<Workshop> workshop = json::read(genmap.readAllStandardOutput(), &error);
    if (!workshop)
        qFatal("genmap.py %d: %s", stages, qPrintable(error));
    return maps.emplace(stages, std::move(workshop->maps.first())).first->second;
}

} // namespace sb::bench
