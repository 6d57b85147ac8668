#include "templates.h"

#include "store/json_interchange.h"

#include <QCoreApplication>
#include <QFile>

namespace sb {

namespace {
struct TemplatesTr {
    Q_DECLARE_TR_FUNCTIONS(sb::templates)
};
} // namespace

QList<WorkshopTemplate> workshopTemplates() {
    return {
        {TemplatesTr::tr("Empty workshop"),
         TemplatesTr::tr("One empty current-state map: start from the customer slices."),
         {}},
        {TemplatesTr::tr("Shopper purchase (example)"),
         TemplatesTr::tr(
             "The method's worked example: consumer and enterprise slices, discover → compare → "
             "purchase → receive → return, a Payments supporting stream and seven teams."),
         QStringLiteral(":/examples/shopper-purchase.json")},
        {TemplatesTr::tr("Software delivery"),
         TemplatesTr::tr(
             "A delivery path from idea to production: idea → build → test → deploy → operate."),
         QStringLiteral(":/examples/software-delivery.json")},
    };
}

std::optional<Workshop> instantiate(const WorkshopTemplate& t, QString* error) {
    if (t.resource.isEmpty()) {
        Map map;
        map.uid = 1;
        map.info.name = TemplatesTr::tr("Current state");
        map.info.settings.workingDayHours = newWorkshopDayHours;
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
