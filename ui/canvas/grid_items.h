#pragma once

#include "element_item.h"

#include <optional>

namespace sb::canvas {

// A journey step: a column header of the time axis.
class StepHeaderItem : public ElementItem {
public:
    explicit StepHeaderItem(const QString& id);
    int type() const override { return StepHeaderItemType; }
    void setName(const QString& name);
    const QString& name() const { return m_name; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    QString m_name;
};

// A customer slice: a row header of the grid with its outcome statement.
class SliceHeaderItem : public ElementItem {
public:
    explicit SliceHeaderItem(const QString& id);
    int type() const override { return SliceHeaderItemType; }
    void setContent(const QString& name, const QString& outcome);
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    QString m_name;
    QString m_outcome;
};

// One slice × step cell: intent, value, outcome and metric; a divergent cell shows a fork.
class CellItem : public ElementItem {
public:
    explicit CellItem(const QString& key);
    int type() const override { return CellItemType; }
    void setCell(const Cell& cell);
    const Cell& cell() const { return m_cell; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

    // Where a cell's texts go: a row each for intent, value, outcome and metric, the label left
    // and the text beside it, wrapped. All four texts share one font: on screen the body font;
    // in an export the largest size down to minPixelSize at which every text fits its row.
    // Where a text does not fit even so, its last line ends in "…". The labels are never
    // larger than the texts.
    static constexpr int minPixelSize = 8;
    struct TextRow {
        QString label;
        QRectF labelRect;
        QRectF textRect;
        WrappedText text;
    };
    struct TextLayout {
        QFont textFont;
        QFont labelFont;
        QList<TextRow> rows;
    };
    static TextLayout layoutText(const QRectF& rect, const QStringList& texts, bool divergent,
                                 TextFit fit);

private:
    // The layout of the texts shown, worked out again only when they, the box, the fit or the
    // theme's font change: wrapping four texts at up to four sizes is too much for every paint.
    const TextLayout& cachedLayout(const QStringList& texts, TextFit fit);
    struct CachedLayout {
        QStringList texts;
        QRectF rect;
        bool divergent = false;
        TextFit fit = TextFit::Elide;
        QFont font;
        TextLayout layout;
    };
    Cell m_cell;
    std::optional<CachedLayout> m_layout;
};

} // namespace sb::canvas
