#include "command_line.h"

#include "apply_command.h"
#include "check_report.h"
#include "export_command.h"
#include "items_command.h"
#include "model/message_text.h"
#include "store/json_interchange.h"
#include "store/sqlite_errors.h"
#include "store/store_backend.h"
#include "sync_command.h"
#include "workshop_input.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <cerrno>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

struct CommandLineTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

const QStringList subcommands = {u"import"_s, u"export"_s, u"check"_s,
                                 u"apply"_s,  u"sync"_s,   u"items"_s};

QString programName(const QStringList& arguments) {
    return arguments.isEmpty() ? u"streamboard"_s : QFileInfo(arguments[0]).fileName();
}

QString overview(const QString& program) {
    return CommandLineTr::tr(
               "Usage:\n"
               "  %1 [FILE.vsmap]                        open the workshop in the window\n"
               "  %1 import IN.json OUT.vsmap [--force]  create a workshop file from interchange "
               "JSON\n"
               "  %1 export IN OUT.json [--map NAME]     write a workshop as interchange JSON\n"
               "  %1 export IN OUT.png|svg|pdf [--map NAME] [--dpi N] [--width PX]\n"
               "      [--page A4|A3|Letter|fit] [--landscape|--portrait]\n"
               "      [--content all|grid|streams] [--review-pack] [--tile]\n"
               "                                         draw a map (the first by default)\n"
               "  %1 check IN [--map NAME] [--format text|json]\n"
               "                                         report metrics and findings; exit 1 on "
               "an error finding\n"
               "  %1 apply WORKSHOP.vsmap PATCH.json [--map NAME]\n"
               "                                         add, change and remove elements in one "
               "step\n"
               "  %1 sync WORKSHOP.vsmap --backstage PATH… [--map NAME] [--remove-missing]\n"
               "      [--dry-run] [--format text|json]\n"
               "                                         bring teams, capabilities and their "
               "dependencies in line with a Backstage catalog\n"
               "  %1 items WORKSHOP.vsmap ITEMS.csv --stream ID --states S1,S2,… [--active S,…]\n"
               "      [--start STATE] [--type-column NAME] [--types VALUE=kind,…]\n"
               "      [--stages STATE=stageId,…] [--replace] [--map NAME]\n"
               "                                         store a stream's work items from a "
               "tracker's CSV\n"
               "IN is a .vsmap workshop file, an interchange .json file or a workshop on "
               "PostgreSQL,\npostgresql://USER@HOST:PORT/DB?workshop=NAME (also in place of "
               "OUT.vsmap and WORKSHOP.vsmap).\n"
               "Run “%1 COMMAND --help” for a command's options.\n"
               "Exit codes: 0 success, 1 check found an error-level finding, 2 bad usage or "
               "unreadable/unwritable input or output.\n")
        .arg(program);
}

// The parts every subcommand shares: parse with parse() (not process(), which exits 1) and
// report errors in one line with exit code 2.
class Subcommand {
public:
    Subcommand(const QString& name, const QString& description, QTextStream& out, QTextStream& err)
        : m_name(name)
        , m_out(out)
        , m_err(err) {
        m_parser.setApplicationDescription(description);
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addHelpOption();
    }

    QCommandLineParser& parser() { return m_parser; }

    static constexpr int anyCount = -1;

    // Returns nullopt when parsing is done (help shown or an error reported) with that exit code.
    std::optional<int> parse(const QStringList& arguments, int positionalCount) {
        QStringList args = arguments;
        args.removeAt(1); // the subcommand's name
        if (!m_parser.parse(args))
            return fail(m_parser.errorText());
        if (m_parser.isSet(u"help"_s)) {
            m_out << m_parser.helpText().replace(args[0], args[0] + u' ' + m_name);
            return Success;
        }
        if (positionalCount != anyCount && m_parser.positionalArguments().size() != positionalCount)
            return fail(CommandLineTr::tr("expects %1 file arguments, got %2 (see --help)")
                            .arg(positionalCount)
                            .arg(m_parser.positionalArguments().size()));
        return std::nullopt;
    }

    int fail(const QString& reason) {
        // One line whatever the reason quotes: a path or value with a newline stays on it.
        m_err << u"streamboard "_s << m_name << u": "_s << escapeControls(reason) << u'\n';
        m_err.flush();
        return BadUsage;
    }

    QTextStream& out() { return m_out; }

private:
    QString m_name;
    QCommandLineParser m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
};

QCommandLineOption mapOption() {
    return QCommandLineOption(u"map"_s, CommandLineTr::tr("Work on the map named NAME."),
                              CommandLineTr::tr("NAME"));
}

int runImport(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Subcommand cmd(u"import"_s,
                   CommandLineTr::tr("Creates a workshop file from an interchange JSON file."), out,
                   err);
    const QCommandLineOption force(u"force"_s, CommandLineTr::tr("Replace OUT if it exists."));
    cmd.parser().addOption(force);
    cmd.parser().addPositionalArgument(u"IN.json"_s,
                                       CommandLineTr::tr("Interchange JSON to read."));
    cmd.parser().addPositionalArgument(
        u"OUT.vsmap"_s,
        CommandLineTr::tr("Workshop file (.vsmap) or postgresql:// address to create."));
    if (auto exit = cmd.parse(arguments, 2))
        return *exit;
    const QString in = cmd.parser().positionalArguments()[0];
    const QString outPath = cmd.parser().positionalArguments()[1];
    // A file must end in .vsmap; an address (postgresql://…) goes to its backend, which refuses
    // to replace a workshop without --force.
    const bool file = WorkshopAddress(outPath).scheme().isEmpty();
    if (file && QFileInfo(outPath).suffix().toLower() != u"vsmap")
        return cmd.fail(CommandLineTr::tr("%1: the workshop file must end in .vsmap").arg(outPath));
    if (file && QFileInfo::exists(outPath) && !cmd.parser().isSet(force))
        return cmd.fail(CommandLineTr::tr("%1 exists; add --force to replace it").arg(outPath));
    QString error;
    const std::optional<Workshop> workshop = readWorkshop(in, &error);
    if (!workshop)
        return cmd.fail(error);
    const OpenedStore created =
        stores::create(outPath, *workshop, file || cmd.parser().isSet(force));
    if (!created)
        return cmd.fail(
            CommandLineTr::tr("%1: %2").arg(shownAddress(outPath), created.errorString));
    return Success;
}

// Keeps only the maps selected; a baseline that is not among them is dropped.
Workshop onlyMaps(const QList<const Map*>& maps) {
    Workshop selected;
    for (const Map* m : maps)
        selected.maps.append(*m);
    for (Map& m : selected.maps)
        if (!m.info.baseline.isEmpty() && !selected.mapNamed(m.info.baseline))
            m.info.baseline.clear();
    return selected;
}

int runExport(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Subcommand cmd(
        u"export"_s,
        CommandLineTr::tr("Writes a workshop, or one of its maps, to a file: interchange JSON, or "
                          "the map drawn as PNG, SVG or PDF."),
        out, err);
    cmd.parser().addOption(mapOption());
    addPictureOptions(cmd.parser());
    cmd.parser().addPositionalArgument(
        u"IN"_s,
        CommandLineTr::tr("Workshop file (.vsmap), postgresql:// address or interchange .json."));
    cmd.parser().addPositionalArgument(
        u"OUT"_s, CommandLineTr::tr("File to write: .json, .png, .svg or .pdf."));
    if (auto exit = cmd.parse(arguments, 2))
        return *exit;
    const QString in = cmd.parser().positionalArguments()[0];
    const QString outPath = cmd.parser().positionalArguments()[1];
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    const std::optional<exporting::Format> picture = exporting::formatForPath(outPath);
    if (suffix != u"json" && !picture)
        return cmd.fail(
            CommandLineTr::tr("%1: cannot write “.%2” files; the output must end in .json, .png, "
                              ".svg or .pdf")
                .arg(outPath, suffix));
    // Every option is checked before anything is read or written.
    QString error;
    std::optional<exporting::ExportOptions> options;
    if (picture) {
        options = pictureOptions(cmd.parser(), *picture, &error);
        if (!options)
            return cmd.fail(error);
    } else if (const QStringList given = pictureOptionsSet(cmd.parser()); !given.isEmpty()) {
        return cmd.fail(
            CommandLineTr::tr("%1 applies to PNG, SVG and PDF, not to JSON").arg(given.first()));
    }
    QString workshopName;
    const std::optional<Workshop> workshop = readWorkshop(in, &error, &workshopName);
    if (!workshop)
        return cmd.fail(error);
    const QString mapName = cmd.parser().isSet(u"map"_s) ? cmd.parser().value(u"map"_s) : QString();
    const QList<const Map*> maps = selectMaps(*workshop, mapName, &error);
    if (!error.isEmpty())
        return cmd.fail(error);
    if (picture) {
        // A picture shows one map: the one named, or the first.
        if (maps.isEmpty())
            return cmd.fail(CommandLineTr::tr("%1 has no map to draw").arg(shownAddress(in)));
        error = exportPicture(*workshop, *maps.first(), workshopName, outPath, *options);
        return error.isEmpty() ? Success : cmd.fail(error);
    }
    QSaveFile file(outPath);
    errno = 0;
    const QByteArray bytes = json::write(onlyMaps(maps));
    // A full disk may take part of the bytes without an error: a short write is a failure.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        // Qt's error text is the system's, untranslated; errno says which it was.
        const int failure = errno;
        const QString reason = sqlite::problemOfErrno(failure) != sqlite::Problem::Other
                                   ? sqlite::describeErrno(failure)
                                   : file.errorString();
        return cmd.fail(CommandLineTr::tr("%1: cannot write: %2").arg(outPath, reason));
    }
    return Success;
}

int runCheck(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Subcommand cmd(u"check"_s,
                   CommandLineTr::tr(
                       "Reports each stream's metrics and every finding of the analysis. Exits 1 "
                       "when there is an error-level finding."),
                   out, err);
    cmd.parser().addOption(mapOption());
    const QCommandLineOption format(u"format"_s,
                                    CommandLineTr::tr("Output format: text (default) or json."),
                                    CommandLineTr::tr("FORMAT"), u"text"_s);
    cmd.parser().addOption(format);
    cmd.parser().addOption(QCommandLineOption(
        u"from"_s,
        CommandLineTr::tr("Measure work items from this day on (default: periodDays before "
                          "--to)."),
        u"YYYY-MM-DD"_s));
    cmd.parser().addOption(QCommandLineOption(
        u"to"_s,
        CommandLineTr::tr("Measure work items up to this day (default: the latest date in "
                          "them)."),
        u"YYYY-MM-DD"_s));
    cmd.parser().addPositionalArgument(
        u"IN"_s,
        CommandLineTr::tr("Workshop file (.vsmap), postgresql:// address or interchange .json."));
    if (auto exit = cmd.parse(arguments, 1))
        return *exit;
    const QString formatName = cmd.parser().value(format);
    if (formatName != u"text" && formatName != u"json")
        return cmd.fail(CommandLineTr::tr("unknown format “%1”: use text or json").arg(formatName));
    MeasureDates dates;
    for (const auto& [option, date] : {std::pair{u"from"_s, &dates.from}, {u"to"_s, &dates.to}}) {
        if (!cmd.parser().isSet(option))
            continue;
        *date = QDate::fromString(cmd.parser().value(option), Qt::ISODate);
        if (!date->isValid())
            return cmd.fail(CommandLineTr::tr("--%1: “%2” is not a date like 2026-03-31")
                                .arg(option, cmd.parser().value(option)));
    }
    if (dates.from.isValid() && dates.to.isValid() && dates.from > dates.to)
        return cmd.fail(CommandLineTr::tr("--from is after --to"));
    QString error;
    const std::optional<Workshop> workshop =
        readWorkshop(cmd.parser().positionalArguments()[0], &error);
    if (!workshop)
        return cmd.fail(error);
    const QList<const Map*> maps = selectMaps(
        *workshop, cmd.parser().isSet(u"map"_s) ? cmd.parser().value(u"map"_s) : QString(), &error);
    if (!error.isEmpty())
        return cmd.fail(error);

    bool errors = false;
    QJsonArray reports;
    for (const Map* map : maps) {
        const AnalysisResult result = analyze(*map);
        const std::optional<MapComparison> comparison =
            compareWithBaseline(*workshop, *map, result);
        errors = errors || hasErrors(result);
        if (formatName == u"json") {
            reports.append(checkReportJson(*map, result, comparison, dates));
        } else {
            if (map != maps.first())
                out << u'\n';
            writeCheckReportText(*map, result, out, comparison, dates);
        }
    }
    if (formatName == u"json")
        out << QJsonDocument(QJsonObject{{u"maps"_s, reports}}).toJson(QJsonDocument::Indented);
    out.flush();
    return errors ? CheckFoundErrors : Success;
}

int runApply(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Subcommand cmd(u"apply"_s,
                   CommandLineTr::tr("Applies a patch (adds, changes and removes elements) to a "
                                     "map of a workshop in one step: all of it or, when any "
                                     "operation is bad, none of it."),
                   out, err);
    cmd.parser().addOption(QCommandLineOption(
        u"map"_s,
        CommandLineTr::tr("Apply to the map named NAME (default: the patch's map, else "
                          "the first)."),
        CommandLineTr::tr("NAME")));
    cmd.parser().addPositionalArgument(
        u"WORKSHOP"_s,
        CommandLineTr::tr("Workshop file (.vsmap) or postgresql:// address to change."));
    cmd.parser().addPositionalArgument(u"PATCH.json"_s, CommandLineTr::tr("Patch to apply."));
    if (auto exit = cmd.parse(arguments, 2))
        return *exit;
    const Applied applied =
        applyPatchFile(cmd.parser().positionalArguments()[0], cmd.parser().positionalArguments()[1],
                       cmd.parser().isSet(u"map"_s) ? cmd.parser().value(u"map"_s) : QString());
    if (!applied.error.isEmpty())
        return cmd.fail(applied.error);
    const QString map = escapeControls(applied.map);
    out << (applied.operations == 1 ? CommandLineTr::tr("applied 1 operation to map “%1”").arg(map)
                                    : CommandLineTr::tr("applied %1 operations to map “%2”")
                                          .arg(applied.operations)
                                          .arg(map))
        << u'\n';
    out.flush();
    return Success;
}

int runSync(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Subcommand cmd(
        u"sync"_s,
        CommandLineTr::tr("Brings the teams and capabilities of a map, and the dependencies "
                          "between those capabilities, in line with a Backstage software catalog "
                          "(catalog-info.yaml files), in one step. What the facilitators drew "
                          "stays as it was."),
        out, err);
    const QCommandLineOption backstage(
        u"backstage"_s,
        CommandLineTr::tr("A descriptor file, or a folder searched for *.yaml and *.yml; more "
                          "paths may follow as further arguments."),
        CommandLineTr::tr("PATH"));
    const QCommandLineOption removeMissing(
        u"remove-missing"_s,
        CommandLineTr::tr("Remove the catalog's teams and capabilities that the catalog no "
                          "longer has, with what hangs on them."));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    CommandLineTr::tr("Report what would change; write nothing."));
    const QCommandLineOption format(u"format"_s,
                                    CommandLineTr::tr("Output format: text (default) or json."),
                                    CommandLineTr::tr("FORMAT"), u"text"_s);
    cmd.parser().addOptions({backstage, removeMissing, dryRun, format});
    cmd.parser().addOption(QCommandLineOption(
        u"map"_s, CommandLineTr::tr("Sync the map named NAME (default: the first)."),
        CommandLineTr::tr("NAME")));
    cmd.parser().addPositionalArgument(u"WORKSHOP"_s,
                                       CommandLineTr::tr("Workshop file (.vsmap) to change."));
    // The arguments after the workshop are more catalog paths (--backstage PATH…).
    if (auto exit = cmd.parse(arguments, Subcommand::anyCount))
        return *exit;
    const QStringList positional = cmd.parser().positionalArguments();
    const QStringList paths = cmd.parser().values(backstage) + positional.mid(1);
    if (positional.isEmpty())
        return cmd.fail(CommandLineTr::tr("expects the workshop file (see --help)"));
    if (!cmd.parser().isSet(backstage))
        return cmd.fail(
            CommandLineTr::tr("--backstage PATH is required: the catalog to sync with"));
    const QString formatName = cmd.parser().value(format);
    if (formatName != u"text" && formatName != u"json")
        return cmd.fail(CommandLineTr::tr("unknown format “%1”: use text or json").arg(formatName));
    const Synced synced =
        syncWorkshop(positional[0], paths,
                     cmd.parser().isSet(u"map"_s) ? cmd.parser().value(u"map"_s) : QString(),
                     {cmd.parser().isSet(removeMissing)}, cmd.parser().isSet(dryRun));
    if (!synced.error.isEmpty())
        return cmd.fail(synced.error);
    if (formatName == u"json") {
        out << QJsonDocument(catalog::reportJson(synced.result)).toJson(QJsonDocument::Indented);
    } else {
        for (const QString& line :
             catalog::reportLines(synced.result, CommandLineTr::tr("--remove-missing removes it")))
            out << escapeControls(line) << u'\n';
        out << catalog::totalsLine(synced.result) << u'\n';
    }
    out.flush();
    return Success;
}

QStringList listOption(const QString& value) {
    QStringList list;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
        list.append(part.trimmed());
    return list;
}

int runItems(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Subcommand cmd(u"items"_s,
                   CommandLineTr::tr("Stores a stream's work items, read from a CSV of the dates "
                                     "each item entered each workflow state, in the workshop. "
                                     "Options not given keep the stream's last choices."),
                   out, err);
    QCommandLineParser& parser = cmd.parser();
    parser.addOption(mapOption());
    const QList<QCommandLineOption> options = {
        {u"stream"_s, CommandLineTr::tr("The stream the items belong to."), u"ID"_s},
        {u"states"_s, CommandLineTr::tr("The state columns in workflow order; the last is done."),
         u"S1,S2,…"_s},
        {u"active"_s, CommandLineTr::tr("The states in which items are worked on."), u"S,…"_s},
        {u"start"_s,
         CommandLineTr::tr("The state that starts the flow time (default: the "
                           "first)."),
         u"STATE"_s},
        {u"type-column"_s, CommandLineTr::tr("The column holding the type (default: Type)."),
         CommandLineTr::tr("NAME")},
        {u"types"_s,
         CommandLineTr::tr("Types as flow items (default: Story=features,Bug=defects,"
                           "Vulnerability=risks,Chore=debt)."),
         u"VALUE=kind,…"_s},
        {u"stages"_s, CommandLineTr::tr("States measured as stages of the stream."),
         u"STATE=stageId,…"_s},
    };
    for (const QCommandLineOption& option : options)
        parser.addOption(option);
    parser.addOption(QCommandLineOption(
        u"replace"_s, CommandLineTr::tr("Replace the stream's items (default: the file's items "
                                        "replace those with the same ID, others are added).")));
    parser.addPositionalArgument(u"WORKSHOP"_s,
                                 CommandLineTr::tr("Workshop file (.vsmap) to change."));
    parser.addPositionalArgument(u"ITEMS.csv"_s, CommandLineTr::tr("Work items to read."));
    if (auto exit = cmd.parse(arguments, 2))
        return *exit;
    if (!parser.isSet(u"stream"_s))
        return cmd.fail(CommandLineTr::tr("--stream is needed"));
    ItemsRequest request;
    request.workshopPath = parser.positionalArguments()[0];
    request.csvPath = parser.positionalArguments()[1];
    request.mapName = parser.isSet(u"map"_s) ? parser.value(u"map"_s) : QString();
    request.stream = parser.value(u"stream"_s);
    request.replace = parser.isSet(u"replace"_s);
    if (parser.isSet(u"states"_s))
        request.states = listOption(parser.value(u"states"_s));
    if (parser.isSet(u"active"_s))
        request.active = listOption(parser.value(u"active"_s));
    if (parser.isSet(u"start"_s))
        request.start = parser.value(u"start"_s).trimmed();
    if (parser.isSet(u"type-column"_s))
        request.typeColumn = parser.value(u"type-column"_s).trimmed();
    QString error;
    if (parser.isSet(u"types"_s) && !(request.types = parseTypes(parser.value(u"types"_s), &error)))
        return cmd.fail(error);
    if (parser.isSet(u"stages"_s) &&
        !(request.stages = parseStages(parser.value(u"stages"_s), &error)))
        return cmd.fail(error);
    const ItemsImported imported = importItemsFile(request);
    if (!imported.error.isEmpty())
        return cmd.fail(imported.error);
    const QString stream = escapeControls(imported.stream);
    const QString map = escapeControls(imported.map);
    out << (imported.items == 1
                ? CommandLineTr::tr("read 1 work item into stream “%1” of map “%2”")
                      .arg(stream, map)
                : CommandLineTr::tr("read %1 work items into stream “%2” of map “%3”")
                      .arg(imported.items)
                      .arg(stream, map))
        << u'\n';
    for (const auto& [type, count] : imported.unmappedTypes)
        out << (count == 1
                    ? CommandLineTr::tr("type “%1” is not mapped: 1 item counts as features")
                          .arg(escapeControls(type))
                    : CommandLineTr::tr("type “%1” is not mapped: %2 items count as features")
                          .arg(escapeControls(type))
                          .arg(count))
            << u'\n';
    out.flush();
    return Success;
}

} // namespace

bool isCommandLine(const QStringList& arguments) {
    if (arguments.size() < 2)
        return false;
    const QString first = arguments[1];
    if (subcommands.contains(first) || first == u"--help" || first == u"-h" ||
        first == u"--version" || first == u"-v" || first == u"help")
        return true;
    // Anything else that is not a file or a store's address (postgresql://…) to open is a
    // command we do not know: say so, headless.
    const QString suffix = QFileInfo(first).suffix().toLower();
    return !first.startsWith(u'-') && !QFileInfo::exists(first) && suffix != u"vsmap" &&
           suffix != u"json" && WorkshopAddress(first).scheme().isEmpty();
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const QString program = programName(arguments);
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        out << u"streamboard "_s << QStringLiteral(STREAMBOARD_VERSION) << u'\n';
        return Success;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out << overview(program);
        return Success;
    }
    if (first == u"import")
        return runImport(arguments, out, err);
    if (first == u"export")
        return runExport(arguments, out, err);
    if (first == u"check")
        return runCheck(arguments, out, err);
    if (first == u"apply")
        return runApply(arguments, out, err);
    if (first == u"sync")
        return runSync(arguments, out, err);
    if (first == u"items")
        return runItems(arguments, out, err);
    err << program << u": "_s << CommandLineTr::tr("unknown command “%1”").arg(first) << u'\n'
        << overview(program);
    return BadUsage;
}

} // namespace sb::cli
