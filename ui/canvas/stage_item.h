#pragma once

#include "element_item.h"

#include <QPainterPath>

namespace sb::canvas {

// A process box: name, owner team (colour and label), PT, LT and %C&A.
class StageItem : public ElementItem {
public:
    struct Content {
        QString name;
        QString ownerName; // empty: no owner
        QColor ownerColor;
        QString figures;        // "PT 2h · LT 1d 4h · 90%"
        bool onHopPath = false; // on the path of a one-hop violation
        bool inCycle = false;   // a member of a dependency cycle
        bool onCriticalPath = false;
        // Against the baseline, when changes are shown: new, or changed with a line per field
        // ("Lead time: 2w → 3d", see change_lines.h) for the tooltip.
        enum class Change { None, Added, Changed } change = Change::None;
        QStringList changeLines;
        bool operator==(const Content&) const = default;
    };

    explicit StageItem(const QString& id);
    int type() const override { return StageItemType; }

    void setContent(const Content& content);
    const Content& content() const { return m_content; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Content m_content;
    QPainterPath m_band; // the owner's band, for a box of size m_bandFor
    QSizeF m_bandFor;
};

} // namespace sb::canvas
