#include "templates.h"

#include "store/json_interchange.h"

#include <QCoreApplication>
#include <QFile>

namespace sb {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sb::templates)
};
} // namespace

QList<WorkshopTemplate> workshopTemplates() {
    return {
        {Tr::tr("Empty workshop"),
         Tr::tr("One empty current-state map: start from the customer slices."),
         {}},
        {Tr::tr("Shopper purchase (example)"),
         Tr::tr("The method's worked example: consumer and enterprise slices, discover → compare → "
                "purchase → receive → return, a Payments supporting stream and seven teams."),
         QStringLiteral(":/examples/shopper-purchase.json")},
        {Tr::tr("Software delivery"),
         Tr::tr("A delivery path from idea to production: idea → build → test → deploy → operate."),
         QStringLiteral(":/examples/software-delivery.json")},
    };
}

std::optional<Workshop> instantiate(const WorkshopTemplate& t, QString* error) {
    if (t.resource.isEmpty()) {
        Map map;
        map.uid = 1;
        map.info.name = Tr::tr("Current state");
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
