#include "work_items_csv.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace sb {

namespace {

struct WorkItemCsvTr {
    Q_DECLARE_TR_FUNCTIONS(sb::WorkItemCsv)
};

// Splits the text into records of fields, keeping the line each record starts on.
class CsvScanner {
public:
    CsvScanner(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator) {}

    bool atEnd() const { return m_at >= m_text.size(); }
    int line() const { return m_line; }
    int recordLine() const { return m_recordLine; }

    // The next record's fields, trimmed; false (and error set) on a quote left open.
    bool next(QStringList* fields, QString* error) {
        fields->clear();
        m_recordLine = m_line;
        QString field;
        bool quotedField = false;
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c == u'"' && field.trimmed().isEmpty() && !quotedField) {
                field.clear();
                quotedField = true;
                if (!readQuoted(&field, error))
                    return false;
                continue;
            }
            ++m_at;
            if (c == m_separator) {
                fields->append(field.trimmed());
                field.clear();
                quotedField = false;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && m_at < m_text.size() && m_text[m_at] == u'\n')
                    ++m_at;
                ++m_line;
                break;
            } else {
                field += c;
            }
        }
        fields->append(field.trimmed());
        return true;
    }

private:
    bool readQuoted(QString* field, QString* error) {
        ++m_at; // the opening quote
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at++];
            if (c == u'"') {
                if (m_at < m_text.size() && m_text[m_at] == u'"') {
                    field->append(u'"');
                    ++m_at;
                    continue;
                }
                return true;
            }
            if (c == u'\n' || (c == u'\r' && (m_at >= m_text.size() || m_text[m_at] != u'\n')))
                ++m_line;
            field->append(c);
        }
        *error = WorkItemCsvTr::tr("a quoted field is not closed");
        return false;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_recordLine = 1;
};

// The separator the header line uses most (outside quotes): comma, semicolon or tab, in that
// order on a tie.
QChar separatorOf(QStringView text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

qsizetype columnNamed(const QStringList& header, const QString& name) {
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool isBlank(const QStringList& fields) {
    for (const QString& f : fields)
        if (!f.isEmpty())
            return false;
    return true;
}

WorkItemCsvResult failed(int line, const QString& message) {
    WorkItemCsvResult result;
    result.error = WorkItemCsvError{line, message};
    return result;
}

struct Columns {
    qsizetype id = -1;
    qsizetype name = -1;
    qsizetype link = -1;
    qsizetype type = -1;
    QList<qsizetype> states;
};

class RowReader {
public:
    RowReader(const WorkItemSetup& setup, const Columns& columns)
        : m_setup(setup)
        , m_columns(columns) {
        const auto types = setup.types.isEmpty() ? defaultWorkItemTypes() : setup.types;
        for (const auto& [type, kind] : types)
            m_kinds.insert(type.toCaseFolded(), kind);
    }

    // Reads one row into item; the error's message when the row is wrong.
    std::optional<QString> read(const QStringList& fields, int line, WorkItem* item) {
        item->id = fields.value(m_columns.id);
        if (item->id.isEmpty())
            return WorkItemCsvTr::tr("the item has no ID");
        if (const auto seen = m_lines.constFind(item->id); seen != m_lines.cend())
            return WorkItemCsvTr::tr("ID “%1” is also on line %2").arg(item->id).arg(*seen);
        m_lines.insert(item->id, line);
        if (m_columns.name >= 0)
            item->name = fields.value(m_columns.name);
        if (m_columns.link >= 0)
            item->link = fields.value(m_columns.link);
        if (m_columns.type >= 0)
            item->type = fields.value(m_columns.type);
        item->kind = kindOf(item->type);
        return readDates(fields, item);
    }

    QList<QPair<QString, int>> unmapped() const { return m_unmapped; }

private:
    std::optional<QString> readDates(const QStringList& fields, WorkItem* item) {
        item->entered.resize(m_columns.states.size());
        qsizetype latest = -1; // the state with the latest date so far
        for (qsizetype s = 0; s < m_columns.states.size(); ++s) {
            const QString text = fields.value(m_columns.states[s]);
            if (text.isEmpty()) {
                item->entered[s] = notEntered;
                continue;
            }
            const std::optional<StateTime> time = parseStateTime(text);
            if (!time)
                return WorkItemCsvTr::tr("“%1” in column “%2” is not an ISO 8601 date or date-time")
                    .arg(text, m_setup.states[s]);
            if (latest >= 0 && *time < item->entered[latest])
                return WorkItemCsvTr::tr("%1 (%2) is earlier than %3 (%4)")
                    .arg(m_setup.states[s], text, m_setup.states[latest],
                         fields.value(m_columns.states[latest]));
            item->entered[s] = *time;
            latest = s;
        }
        return std::nullopt;
    }

    FlowItemKind kindOf(const QString& type) {
        if (type.isEmpty())
            return FlowItemKind::Features;
        const auto found = m_kinds.constFind(type.toCaseFolded());
        if (found != m_kinds.cend())
            return *found;
        auto counted = std::find_if(m_unmapped.begin(), m_unmapped.end(),
                                    [&](const auto& entry) { return entry.first == type; });
        if (counted == m_unmapped.end())
            m_unmapped.append({type, 1});
        else
            ++counted->second;
        return FlowItemKind::Features;
    }

    const WorkItemSetup& m_setup;
    const Columns& m_columns;
    QHash<QString, FlowItemKind> m_kinds; // by case-folded type
    QHash<QString, int> m_lines;          // the line of each ID read
    QList<QPair<QString, int>> m_unmapped;
};

} // namespace

QString setupProblem(const WorkItemSetup& setup) {
    if (setup.states.isEmpty())
        return WorkItemCsvTr::tr("no states are given");
    for (qsizetype i = 0; i < setup.states.size(); ++i) {
        if (setup.states[i].isEmpty())
            return WorkItemCsvTr::tr("a state has no name");
        if (setup.states.indexOf(setup.states[i]) != i)
            return WorkItemCsvTr::tr("state “%1” is listed twice").arg(setup.states[i]);
    }
    if (!setup.start.isEmpty() && !setup.states.contains(setup.start))
        return WorkItemCsvTr::tr("the start state “%1” is not one of the states").arg(setup.start);
    for (const QString& state : setup.active)
        if (!setup.states.contains(state))
            return WorkItemCsvTr::tr("the active state “%1” is not one of the states").arg(state);
    for (const auto& [state, stage] : setup.stages)
        if (!setup.states.contains(state))
            return WorkItemCsvTr::tr("the mapped state “%1” is not one of the states").arg(state);
    return {};
}

WorkItemCsvResult readWorkItemsCsv(const QByteArray& data, const WorkItemSetup& setup) {
    if (const QString problem = setupProblem(setup); !problem.isEmpty())
        return failed(0, problem);
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // No text of a workshop holds a NUL (workshop_checks.h): refused here with its line.
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0)
        return failed(static_cast<int>(QStringView(text).left(nul).count(u'\n')) + 1,
                      WorkItemCsvTr::tr("a NUL character: the file is not text"));
    CsvScanner scanner(text, separatorOf(text));
    QStringList header;
    QString error;
    if (scanner.atEnd())
        return failed(1, WorkItemCsvTr::tr("the file is empty"));
    if (!scanner.next(&header, &error))
        return failed(1, error);

    Columns columns;
    columns.id = columnNamed(header, QStringLiteral("ID"));
    if (columns.id < 0)
        return failed(1, WorkItemCsvTr::tr("the header has no ID column"));
    columns.name = columnNamed(header, QStringLiteral("Name"));
    columns.link = columnNamed(header, QStringLiteral("Link"));
    const QString typeColumn =
        setup.typeColumn.isEmpty() ? QStringLiteral("Type") : setup.typeColumn;
    columns.type = columnNamed(header, typeColumn);
    if (columns.type < 0 && !setup.typeColumn.isEmpty())
        return failed(1, WorkItemCsvTr::tr("the header has no type column “%1”").arg(typeColumn));
    for (const QString& state : setup.states) {
        const qsizetype column = columnNamed(header, state);
        if (column < 0)
            return failed(1,
                          WorkItemCsvTr::tr("the header has no column for state “%1”").arg(state));
        columns.states.append(column);
    }

    RowReader reader(setup, columns);
    WorkItemCsvResult result;
    QStringList fields;
    while (!scanner.atEnd()) {
        if (!scanner.next(&fields, &error))
            return failed(scanner.recordLine(), error);
        if (isBlank(fields))
            continue;
        WorkItem item;
        if (const auto problem = reader.read(fields, scanner.recordLine(), &item))
            return failed(scanner.recordLine(), *problem);
        result.items.append(std::move(item));
    }
    result.unmappedTypes = reader.unmapped();
    return result;
}

} // namespace sb
