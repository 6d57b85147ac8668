#pragma once

#include "element_item.h"

namespace sb::canvas {

// A value stream's lane: a band across the time axis with the stream's name, kind and owner.
class LaneItem : public ElementItem {
public:
    struct Content {
        QString name;
        bool supporting = false;
        QString ownerName;
        QColor ownerColor;
        bool alternate = false;
        QString summary; // handoffs and hops, under the name
        bool oneHopViolation = false;
        QString violationPath; // "Storefront → Platform → DBA"
        bool inCycle = false;
        bool operator==(const Content&) const = default;
    };

    explicit LaneItem(const QString& streamId);
    int type() const override { return LaneItemType; }
    void setContent(const Content& content);
    const Content& content() const { return m_content; }
    QRectF headerRect() const;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    Content m_content;
};

// A capability (shared or owned system or service) in the band at the bottom.
class CapabilityItem : public ElementItem {
public:
    struct Content {
        QString name;
        QString ownerName;
        QColor ownerColor;
        QString sla;
        QString providedBy;
        bool onHopPath = false;
        bool inCycle = false;
        bool operator==(const Content&) const = default;
    };

    explicit CapabilityItem(const QString& id);
    int type() const override { return CapabilityItemType; }
    void setContent(const Content& content);
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    Content m_content;
};

// A sticky note or a kaizen burst.
class NoteItem : public ElementItem {
public:
    explicit NoteItem(const QString& id);
    int type() const override { return NoteItemType; }
    void setNote(const Note& note);
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    Note m_note;
};

} // namespace sb::canvas
