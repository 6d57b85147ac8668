#include "export_dialog.h"

#include "export/exporter.h"
#include "export/map_renderer.h"
#include "export/page_furniture.h"
#include "export/pdf_exporter.h"
#include "export/picture_geometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace sb {

using namespace exporting;

namespace {

// A combo's entries: the value, its key in the settings and its label.
template <typename E> struct Choice {
    E value;
    const char* key;
    const char* label;
};

constexpr Choice<Format> formats[] = {
    {Format::Png, "png", QT_TRANSLATE_NOOP("sb::ExportDialog", "PNG picture")},
    {Format::Svg, "svg", QT_TRANSLATE_NOOP("sb::ExportDialog", "SVG drawing")},
    {Format::Pdf, "pdf", QT_TRANSLATE_NOOP("sb::ExportDialog", "PDF document")}};
constexpr Choice<Page> pages[] = {
    {Page::Fit, "fit", QT_TRANSLATE_NOOP("sb::ExportDialog", "Fit to the map")},
    {Page::A4, "a4", QT_TRANSLATE_NOOP("sb::ExportDialog", "A4")},
    {Page::A3, "a3", QT_TRANSLATE_NOOP("sb::ExportDialog", "A3")},
    {Page::Letter, "letter", QT_TRANSLATE_NOOP("sb::ExportDialog", "Letter")}};
constexpr Choice<Orientation> orientations[] = {
    {Orientation::Landscape, "landscape", QT_TRANSLATE_NOOP("sb::ExportDialog", "Landscape")},
    {Orientation::Portrait, "portrait", QT_TRANSLATE_NOOP("sb::ExportDialog", "Portrait")}};
constexpr Choice<Background> backgrounds[] = {
    {Background::White, "white", QT_TRANSLATE_NOOP("sb::ExportDialog", "White")},
    {Background::Transparent, "transparent", QT_TRANSLATE_NOOP("sb::ExportDialog", "Transparent")}};
constexpr Choice<Content> contents[] = {
    {Content::All, "all", QT_TRANSLATE_NOOP("sb::ExportDialog", "The whole map")},
    {Content::Grid, "grid", QT_TRANSLATE_NOOP("sb::ExportDialog", "The customer grid only")},
    {Content::Streams, "streams", QT_TRANSLATE_NOOP("sb::ExportDialog", "The streams only")},
    {Content::Selection, "selection",
     QT_TRANSLATE_NOOP("sb::ExportDialog", "The selected elements")}};

template <typename E, std::size_t N> QComboBox* comboOf(const Choice<E> (&choices)[N]) {
    auto* combo = new QComboBox;
    for (const Choice<E>& c : choices)
        combo->addItem(QCoreApplication::translate("sb::ExportDialog", c.label),
                       static_cast<int>(c.value));
    return combo;
}

template <typename E> E current(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E> void select(QComboBox* combo, E value) {
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E, std::size_t N> QString keyOf(const Choice<E> (&choices)[N], E value) {
    for (const Choice<E>& c : choices)
        if (c.value == value)
            return QString::fromLatin1(c.key);
    return {};
}

template <typename E, std::size_t N>
E valueOf(const Choice<E> (&choices)[N], const QVariant& key, E fallback) {
    for (const Choice<E>& c : choices)
        if (key.toString() == QLatin1String(c.key))
            return c.value;
    return fallback;
}

constexpr QSize previewSize(440, 320);

// A grey checkerboard where a transparent picture shows through.
QImage onCheckerboard(const QImage& image) {
    QImage board(image.size(), QImage::Format_ARGB32_Premultiplied);
    board.setDevicePixelRatio(image.devicePixelRatio());
    QPainter painter(&board);
    painter.fillRect(board.rect(), Qt::white);
    for (int y = 0; y < board.height(); y += 8)
        for (int x = (y / 8 % 2) * 8; x < board.width(); x += 16)
            painter.fillRect(x, y, 8, 8, QColor(0xdd, 0xdd, 0xdd));
    painter.drawImage(0, 0, image);
    return board;
}

} // namespace

ExportDialog::ExportDialog(Document* document, MapUid map, QList<commands::ElementRef> selection,
                           QString workshopName, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_map(map)
    , m_selection(std::move(selection))
    , m_workshopName(std::move(workshopName))
    , m_pages{Page::Fit, Page::Fit, Page::A4} {
    setWindowTitle(tr("Export map"));
    m_form = new QFormLayout;
    buildForm(m_form);

    m_preview = new QLabel;
    m_preview->setObjectName(u"preview"_s);
    m_preview->setFixedSize(previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e;"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"export"_s);
    // Return exports: the other buttons never take the default while focused.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });

    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(new QLabel(tr("Preview")));
    previewColumn->addWidget(m_preview);
    previewColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(m_form, 1);
    columns->addSpacing(12);
    columns->addLayout(previewColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);

    load();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::pathEdited);
    connect(m_page, &QComboBox::currentIndexChanged, this, [this] {
        m_pages[static_cast<int>(format())] = current<Page>(m_page);
        optionsChanged();
    });
    for (QComboBox* combo : {m_sizeMode, m_background, m_orientation, m_content})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    for (QSpinBox* spin : {m_dpi, m_width})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    for (QCheckBox* box : {m_titleBlock, m_legend, m_tile, m_reviewPack})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    formatChosen();
}

void ExportDialog::buildForm(QFormLayout* form) {
    m_path = new QLineEdit;
    m_path->setObjectName(u"path"_s);
    m_path->setMinimumWidth(300);
    auto* choose = new QPushButton(tr("Choose file…"));
    choose->setObjectName(u"chooseFile"_s);
    choose->setAutoDefault(false); // Return exports
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);

    m_format = comboOf(formats);
    m_format->setObjectName(u"format"_s);
    form->addRow(tr("Format:"), m_format);
    m_content = comboOf(contents);
    m_content->setObjectName(u"content"_s);
    if (m_selection.isEmpty()) {
        auto* model = qobject_cast<QStandardItemModel*>(m_content->model());
        QStandardItem* item =
            model->item(m_content->findData(static_cast<int>(Content::Selection)));
        item->setEnabled(false);
        item->setToolTip(tr("Select elements on the map first"));
    }
    form->addRow(tr("Content:"), m_content);

    m_sizeMode = new QComboBox;
    m_sizeMode->setObjectName(u"sizeMode"_s);
    m_sizeMode->addItems({tr("Resolution (DPI)"), tr("Width in pixels")});
    form->addRow(tr("Size:"), m_sizeMode);
    m_dpi = new QSpinBox;
    m_dpi->setObjectName(u"dpi"_s);
    m_dpi->setRange(1, 2400); // validate() names the allowed range
    m_dpi->setSuffix(tr(" DPI"));
    form->addRow(tr("Resolution:"), m_dpi);
    m_width = new QSpinBox;
    m_width->setObjectName(u"width"_s);
    m_width->setRange(1, 30000);
    m_width->setSuffix(tr(" px"));
    form->addRow(tr("Width:"), m_width);
    m_background = comboOf(backgrounds);
    m_background->setObjectName(u"background"_s);
    form->addRow(tr("Background:"), m_background);

    m_page = comboOf(pages);
    m_page->setObjectName(u"page"_s);
    form->addRow(tr("Page:"), m_page);
    m_orientation = comboOf(orientations);
    m_orientation->setObjectName(u"orientation"_s);
    form->addRow(tr("Orientation:"), m_orientation);
    m_margin = new QDoubleSpinBox;
    m_margin->setObjectName(u"margin"_s);
    m_margin->setRange(0, 100);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    form->addRow(tr("Margins:"), m_margin);

    auto check = [](const QString& name, const QString& text) {
        auto* box = new QCheckBox(text);
        box->setObjectName(name);
        return box;
    };
    m_titleBlock = check(u"titleBlock"_s, tr("Title block (workshop, map, state, date)"));
    m_legend = check(u"legend"_s, tr("Legend (teams and marks)"));
    m_tile = check(u"tile"_s, tr("Tile the map at 100% across pages"));
    m_reviewPack = check(u"reviewPack"_s, tr("Review pack (a page per stream, comparison)"));
    auto* pdfBoxes = new QVBoxLayout;
    for (QCheckBox* box : {m_titleBlock, m_legend, m_tile, m_reviewPack})
        pdfBoxes->addWidget(box);
    form->addRow(tr("PDF pages:"), pdfBoxes);
}

Format ExportDialog::format() const {
    return current<Format>(m_format);
}

ExportOptions ExportDialog::options() const {
    const Format f = format();
    ExportOptions o = ExportOptions::defaultsFor(f);
    o.content = current<Content>(m_content);
    if (o.content == Content::Selection)
        o.selection = m_selection;
    o.workshopName = m_workshopName;
    o.date = QDate::currentDate();
    const bool byWidth = m_sizeMode->currentIndex() == 1;
    if (f != Format::Pdf && byWidth)
        o.widthPx = m_width->value();
    if (f == Format::Png) {
        if (!byWidth)
            o.dpi = m_dpi->value();
        o.background = current<Background>(m_background);
    }
    if (f != Format::Svg) {
        o.page = current<Page>(m_page);
        o.marginMm = m_margin->value();
        if (o.page != Page::Fit)
            o.orientation = current<Orientation>(m_orientation);
    }
    if (f == Format::Pdf) {
        o.titleBlock = m_titleBlock->isChecked();
        o.legend = m_legend->isChecked();
        o.tile = m_tile->isChecked();
        o.reviewPack = m_reviewPack->isChecked();
    }
    return o;
}

QString ExportDialog::path() const {
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !formatForPath(p))
        p += u'.' + formatName(format());
    return p;
}

void ExportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void ExportDialog::chooseFile() {
    const QString filters = tr("PNG pictures (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)");
    QString filter = filters.split(u";;"_s).at(static_cast<int>(format()));
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export to"), path(), filters, &filter);
    if (chosen.isEmpty())
        return;
    const qsizetype chosenFormat = filters.split(u";;"_s).indexOf(filter);
    if (!formatForPath(chosen) && chosenFormat >= 0)
        select(m_format, static_cast<Format>(chosenFormat));
    setPath(chosen);
}

// The combo changed: the page remembered for this format, the path's extension follows.
void ExportDialog::formatChosen() {
    const Format f = format();
    {
        const QSignalBlocker blocker(m_page);
        select(m_page, m_pages[static_cast<int>(f)]);
    }
    const QString text = m_path->text().trimmed();
    if (const std::optional<Format> asked = formatForPath(text); asked && *asked != f) {
        const QSignalBlocker blocker(m_path);
        const QFileInfo info(text);
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + formatName(f)));
    }
    optionsChanged();
}

void ExportDialog::pathEdited() {
    if (const std::optional<Format> asked = formatForPath(m_path->text().trimmed());
        asked && *asked != format())
        select(m_format, *asked); // formatChosen follows
    else
        optionsChanged();
}

void ExportDialog::updateVisibility() {
    const Format f = format();
    const bool png = f == Format::Png;
    const bool pdf = f == Format::Pdf;
    const bool byWidth = m_sizeMode->currentIndex() == 1;
    const bool paper = current<Page>(m_page) != Page::Fit;
    m_sizeMode->setItemText(0, png ? tr("Resolution (DPI)") : tr("Natural size (96 DPI)"));
    m_form->setRowVisible(m_sizeMode, !pdf);
    m_form->setRowVisible(m_dpi, png && !byWidth);
    m_form->setRowVisible(m_width, !pdf && byWidth);
    m_form->setRowVisible(m_background, png);
    m_form->setRowVisible(m_page, png || pdf);
    m_page->setItemText(0, png ? tr("The map's own size") : tr("Fit to the map"));
    m_form->setRowVisible(m_orientation, (png || pdf) && paper);
    m_form->setRowVisible(m_margin, pdf || (png && paper));
    m_form->setRowVisible(m_form->rowCount() - 1, pdf); // the PDF pages' check boxes
}

void ExportDialog::optionsChanged() {
    updateVisibility();
    QString problem = validate(options());
    if (m_path->text().trimmed().isEmpty())
        problem = tr("choose a file to export to");
    m_message->setText(problem.isEmpty() ? QString() : tr("Cannot export: %1.").arg(problem));
    m_export->setEnabled(problem.isEmpty());
    m_previewTimer->start();
}

// The picture at the preview's size: the PNG or SVG picture, or the PDF's map page.
void ExportDialog::refreshPreview() {
    ExportOptions o = options();
    const qreal ratio = devicePixelRatioF();
    const QSize box = m_preview->contentsRect().size() * ratio;
    QImage image;
    QString error;
    if (o.format == Format::Pdf) {
        const MapRenderer renderer(m_document, m_map, o);
        if (renderer.sourceRect().isEmpty()) {
            error = tr("there is nothing to draw");
        } else {
            const QSizeF sheet =
                o.page == Page::Fit ? fitPageSize(renderer, o) : paperSize(o.page, o.orientation);
            const qreal scale =
                std::min(box.width() / sheet.width(), box.height() / sheet.height());
            image = QImage((sheet * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(scale, scale);
            const qreal margin = mmToScene(o.marginMm);
            paintMapPage(&painter, renderer,
                         QRectF(QPointF(0, 0), sheet).adjusted(margin, margin, -margin, -margin),
                         o);
        }
    } else {
        o.format = Format::Png;
        o.widthPx = box.width();
        image = renderMapImage(m_document, m_map, o, &error);
        if (!image.isNull() && image.height() > box.height())
            image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (!image.isNull() && o.background == Background::Transparent)
            image = onCheckerboard(image);
    }
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No preview: %1").arg(error));
        return;
    }
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

void ExportDialog::load() {
    QSettings settings;
    settings.beginGroup(u"export"_s);
    const ExportOptions defaults;
    select(m_format, valueOf(formats, settings.value(u"format"_s), Format::Png));
    m_sizeMode->setCurrentIndex(settings.value(u"size"_s).toString() == u"width" ? 1 : 0);
    m_dpi->setValue(settings.value(u"dpi"_s, defaults.dpi).toInt());
    m_width->setValue(settings.value(u"widthPx"_s, 1920).toInt());
    select(m_background,
           valueOf(backgrounds, settings.value(u"background"_s), defaults.background));
    m_pages[static_cast<int>(Format::Png)] =
        valueOf(pages, settings.value(u"pagePng"_s), Page::Fit);
    m_pages[static_cast<int>(Format::Pdf)] = valueOf(pages, settings.value(u"pagePdf"_s), Page::A4);
    select(m_page, m_pages[static_cast<int>(format())]);
    select(m_orientation,
           valueOf(orientations, settings.value(u"orientation"_s), defaults.orientation));
    m_margin->setValue(settings.value(u"marginMm"_s, defaults.marginMm).toDouble());
    m_titleBlock->setChecked(settings.value(u"titleBlock"_s, defaults.titleBlock).toBool());
    m_legend->setChecked(settings.value(u"legend"_s, defaults.legend).toBool());
    m_tile->setChecked(settings.value(u"tile"_s, defaults.tile).toBool());
    m_reviewPack->setChecked(settings.value(u"reviewPack"_s, defaults.reviewPack).toBool());
    Content content = valueOf(contents, settings.value(u"content"_s), Content::All);
    if (content == Content::Selection && m_selection.isEmpty())
        content = Content::All;
    select(m_content, content);

    const QString folder =
        settings
            .value(u"folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const Map* map = m_document->map(m_map);
    QString name = map ? map->info.name : tr("map");
    name.replace(u'/', u'-');
    m_path->setText(QDir(folder).filePath(name + u'.' + formatName(format())));
}

void ExportDialog::save() const {
    QSettings settings;
    settings.beginGroup(u"export"_s);
    const ExportOptions o = options();
    settings.setValue(u"format"_s, keyOf(formats, o.format));
    settings.setValue(u"size"_s, m_sizeMode->currentIndex() == 1 ? u"width"_s : u"dpi"_s);
    settings.setValue(u"dpi"_s, m_dpi->value());
    settings.setValue(u"widthPx"_s, m_width->value());
    settings.setValue(u"background"_s, keyOf(backgrounds, current<Background>(m_background)));
    settings.setValue(u"pagePng"_s, keyOf(pages, m_pages[static_cast<int>(Format::Png)]));
    settings.setValue(u"pagePdf"_s, keyOf(pages, m_pages[static_cast<int>(Format::Pdf)]));
    settings.setValue(u"orientation"_s, keyOf(orientations, current<Orientation>(m_orientation)));
    settings.setValue(u"marginMm"_s, m_margin->value());
    settings.setValue(u"titleBlock"_s, m_titleBlock->isChecked());
    settings.setValue(u"legend"_s, m_legend->isChecked());
    settings.setValue(u"tile"_s, m_tile->isChecked());
    settings.setValue(u"reviewPack"_s, m_reviewPack->isChecked());
    settings.setValue(u"content"_s, keyOf(contents, o.content));
    settings.setValue(u"folder"_s, QFileInfo(path()).absolutePath());
}

ExportResult ExportDialog::exportNow() {
    const ExportOptions o = options();
    const QString target = path();
    if (const QString problem = validate(o); !problem.isEmpty() || target.isEmpty())
        return ExportResult::failed(problem);
    std::atomic_bool cancel = false;
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(target).fileName()), tr("Cancel"), 0,
                             0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    const ExportProgress report{[&progress](int done, int total) {
                                    progress.setMaximum(total);
                                    progress.setValue(done);
                                    QCoreApplication::processEvents();
                                },
                                &cancel};
    const ExportResult result = exporting::exportMap(m_document, m_map, target, o, report);
    progress.close();
    if (result.status == ExportResult::Status::Failed) {
        QMessageBox::warning(this, tr("Cannot export"),
                             tr("%1 was not written: %2").arg(target, result.error));
    } else if (result.ok()) {
        save();
        emit exported(target);
        accept();
    }
    return result;
}

bool printMap(QPrinter* printer, Document* document, MapUid map, const ExportOptions& options) {
    const MapRenderer renderer(document, map, options);
    if (renderer.sourceRect().isEmpty())
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    // Scene units are pixels at 96 DPI; the painter's origin is the page's printable corner.
    const qreal scale = printer->resolution() / MapRenderer::sceneDpi;
    painter.scale(scale, scale);
    const QSizeF printable = printer->pageRect(QPrinter::DevicePixel).size() / scale;
    paintMapPage(&painter, renderer, QRectF(QPointF(0, 0), printable), options);
    return painter.end();
}

} // namespace sb
