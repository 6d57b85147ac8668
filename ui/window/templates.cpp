#include "templates.h"

#include "store/json_interchange.h"

#include <QCoreApplication>
#include <QFile>

namespace sb {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("sb::templates", text);
}
} // namespace

QList<WorkshopTemplate> workshopTemplates() {
    return {
        {tr("Empty workshop"),
         tr("One empty current-state map: start from the customer slices."),
         {}},
        {tr("Shopper purchase (example)"),
         tr("The method's worked example: consumer and enterprise slices, discover → compare → "
            "purchase → receive → return, a Payments supporting stream and seven teams."),
         QStringLiteral(":/examples/shopper-purchase.json")},
        {tr("Software delivery"),
         tr("A delivery path from idea to production: idea → build → test → deploy → operate."),
         QStringLiteral(":/examples/software-delivery.json")},
    };
}

std::optional<Workshop> instantiate(const WorkshopTemplate& t, QString* error) {
    if (t.resource.isEmpty()) {
        Map map;
        map.uid = 1;
        map.info.name = tr("Current state");
        Workshop w;
        w.maps.append(map);
        return w;
    }
    QFile file(t.resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return json::read(file.readAll(), error);
}

} // namespace sb
