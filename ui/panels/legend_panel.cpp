#include "legend_panel.h"

#include "canvas/canvas_style.h"
#include "canvas/legend.h"

#include <QPainter>

namespace sb::panels {

namespace {
constexpr int margin = 10;
constexpr int gap = 6;
} // namespace

LegendPanel::LegendPanel(QWidget* parent)
    : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LegendPanel::setDocument(Document* document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changesApplied, this, [this](const ChangeSet& changes) {
            // The legend lists the map's teams: other edits leave it as it is.
            const bool teams =
                std::any_of(changes.changes.cbegin(), changes.changes.cend(), [&](const Change& c) {
                    return c.map == m_map &&
                           (c.isElementChange() ? c.kind == ElementKind::Team
                                                : c.type != Change::Type::MapModified);
                });
            if (!teams)
                return;
            updateGeometry();
            update();
        });
    updateGeometry();
    update();
}

void LegendPanel::setMap(MapUid map) {
    m_map = map;
    updateGeometry();
    update();
}

QSize LegendPanel::sizeHint() const {
    return {280, heightForWidth(280)};
}

int LegendPanel::heightForWidth(int width) const {
    return layOut(width, nullptr);
}

void LegendPanel::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    layOut(width(), &painter);
}

int LegendPanel::layOut(int width, QPainter* painter) const {
    const QFont font = canvas::style::bodyFont();
    const QFontMetrics metrics(font);
    const int textLeft = margin + static_cast<int>(canvas::legendSampleWidth) + 8;
    const int textWidth = std::max(60, width - textLeft - margin);
    int y = margin;
    auto row = [&](const QString& label,
                   const std::function<void(QPainter*, const QRectF&)>& sample) {
        const QRect text =
            metrics.boundingRect(QRect(textLeft, y, textWidth, 1000), Qt::TextWordWrap, label);
        const int height = std::max(static_cast<int>(canvas::legendRowHeight) - 6, text.height());
        if (painter) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            sample(painter, QRectF(margin, y + (height - 24) / 2.0, canvas::legendSampleWidth, 24));
            painter->restore();
            painter->setPen(canvas::style::ink());
            painter->setFont(font);
            painter->drawText(QRect(textLeft, y, textWidth, height),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
        }
        y += height + gap;
    };
    for (const canvas::LegendEntry& e : canvas::legendEntries())
        row(e.label, e.sample);
    const Map* map = m_document ? m_document->map(m_map) : nullptr;
    if (map && !map->teams.isEmpty()) {
        y += gap;
        if (painter) {
            QFont bold = font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(canvas::style::ink());
            painter->drawText(QRect(margin, y, width - 2 * margin, metrics.height()), Qt::AlignLeft,
                              tr("Teams"));
        }
        y += metrics.height() + gap;
        const QHash<Id, QColor> colors = map->teamColors();
        for (const Team& t : map->teams) {
            const QColor color = colors.value(t.id);
            row(t.name, [color](QPainter* p, const QRectF& r) {
                p->setPen(QPen(color.darker(115), 1));
                p->setBrush(canvas::style::tint(color));
                p->drawRoundedRect(r.adjusted(10, 3, -10, -3), 4, 4);
                p->setPen(Qt::NoPen);
                p->setBrush(color);
                p->drawRect(QRectF(r.left() + 10, r.top() + 3, 6, r.height() - 6));
            });
        }
    }
    return y + margin;
}

} // namespace sb::panels
