#include "json_scan.h"

#include "json_object_reader.h"
#include "model/message_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb::json::detail {

namespace {

struct Frame {
    bool object = false;
    bool expectKey = true; // objects: the next string is a key
    qsizetype index = 0;   // arrays: the item being read
    QString key;           // objects: the key of the value being read
    QSet<QString> keys;    // objects: the keys seen
};

// A key as JSON means it: escapes decoded (rare in keys, so decoded through Qt's parser).
QString keyText(QByteArrayView raw) {
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    const QJsonValue key = QJsonDocument::fromJson(wrapped).array().at(0);
    return key.isString() ? key.toString() : QString::fromUtf8(raw); // bad escapes: Qt says so
}

class Scanner {
public:
    explicit Scanner(const QByteArray& data)
        : m_data(data) {}

    void run() {
        if (m_data.size() > maxFileBytes)
            fail(QStringLiteral("(document)"),
                 Tr::tr("the file has more than %1 bytes (%2 MiB), the most an interchange file "
                        "may have")
                     .arg(QString::number(maxFileBytes),
                          QString::number(maxFileBytes / (1024 * 1024))));
        if (const qsizetype nul = m_data.indexOf('\0'); nul >= 0)
            fail(QStringLiteral("(document)"),
                 Tr::tr("a NUL byte at byte %1; a text file holds none").arg(nul));
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') {
                ++m_pos;
            } else if (c == '{' || c == '[') {
                open(c == '{');
            } else if (c == '}' || c == ']') {
                if (m_frames.isEmpty())
                    return;
                m_frames.removeLast();
                ++m_pos;
            } else if (c == ',') {
                if (m_frames.isEmpty())
                    return;
                next();
            } else if (c == '"') {
                if (!string())
                    return;
            } else {
                ++m_pos; // numbers, true, false, null; Qt's parser judges them
            }
        }
    }

private:
    QString path() const {
        QString text;
        for (const Frame& f : m_frames) {
            if (f.object) {
                if (!f.expectKey)
                    text +=
                        (text.isEmpty() ? QString() : QStringLiteral(".")) + escapeControls(f.key);
            } else {
                text += u'[' + QString::number(f.index) + u']';
            }
        }
        return text.isEmpty() ? QStringLiteral("(document)") : text;
    }

    void open(bool object) {
        if (m_frames.size() >= maxDepth)
            fail(path(), Tr::tr("nested deeper than %1 objects and arrays").arg(maxDepth));
        Frame frame;
        frame.object = object;
        m_frames.append(std::move(frame));
        ++m_pos;
    }

    void next() {
        Frame& f = m_frames.last();
        if (f.object) {
            f.expectKey = true;
        } else if (++f.index >= maxArrayItems) {
            fail(path(),
                 Tr::tr("a list may have at most %1 items").arg(QString::number(maxArrayItems)));
        }
        ++m_pos;
    }

    // Reads a string from its opening quote; false when it does not end.
    bool string() {
        const qsizetype start = ++m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] != '"') {
            if (m_data[m_pos] == '\\') {
                if (QByteArrayView(m_data).sliced(m_pos).startsWith("\\u0000"))
                    failHere(Tr::tr("a NUL character (\\u0000) at byte %1; text may not hold one")
                                 .arg(m_pos));
                ++m_pos;
            }
            ++m_pos;
        }
        if (m_pos >= m_data.size())
            return false;
        const QByteArrayView raw = QByteArrayView(m_data).sliced(start, m_pos - start);
        ++m_pos;
        if (raw.size() > maxStringBytes)
            failHere(Tr::tr("a text of %1 bytes; a text may have at most %2")
                         .arg(QString::number(raw.size()), QString::number(maxStringBytes)));
        if (!m_frames.isEmpty() && m_frames.last().object && m_frames.last().expectKey) {
            Frame& f = m_frames.last();
            f.key = keyText(raw);
            f.expectKey = false;
            if (f.keys.contains(f.key))
                fail(path(), Tr::tr("the key %1 is given twice in one object").arg(quoted(f.key)));
            f.keys.insert(f.key);
        }
        return true;
    }

    // Fails at the current value, or at the key being read.
    [[noreturn]] void failHere(const QString& message) const { fail(path(), message); }

    const QByteArray& m_data;
    qsizetype m_pos = 0;
    QList<Frame> m_frames;
};

} // namespace

void scanLimitsAndKeys(const QByteArray& data) {
    Scanner(data).run();
}

} // namespace sb::json::detail
