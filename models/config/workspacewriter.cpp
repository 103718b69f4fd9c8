#include "workspacewriter.h"

#include "models/core/duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::WorkspaceWriter)
};

constexpr qint64 defaultTimeoutMs = 10'000;
constexpr qint64 defaultMaxBody = 10ll * 1024 * 1024;

// ---- the text by lines -------------------------------------------------------------------

// Line starts of a text with LF line endings; yaml-cpp's marks count lines, columns and
// positions in bytes, which is what these offsets are.
class Lines
{
public:
    explicit Lines(const QByteArray &text)
        : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_starts.append(i + 1);
        }
    }

    int count() const
    {
        const bool phantom = m_text.size() > 0 && m_starts.last() == m_text.size();
        return int(m_starts.size()) - (phantom ? 1 : 0);
    }
    qsizetype start(int l) const { return m_starts.at(l); }
    // The position of line l's newline, or the text's end.
    qsizetype end(int l) const
    {
        return l + 1 < m_starts.size() ? m_starts.at(l + 1) - 1 : m_text.size();
    }
    // Where the line after l starts (the text's end after the last line).
    qsizetype next(int l) const
    {
        return l + 1 < m_starts.size() ? m_starts.at(l + 1) : m_text.size();
    }
    QByteArray line(int l) const { return m_text.mid(start(l), end(l) - start(l)); }
    bool isBlank(int l) const { return line(l).trimmed().isEmpty(); }
    bool isComment(int l) const { return line(l).trimmed().startsWith('#'); }
    bool isBlankOrComment(int l) const { return isBlank(l) || isComment(l); }
    int indent(int l) const
    {
        const QByteArray t = line(l);
        int i = 0;
        while (i < t.size() && t.at(i) == ' ')
            ++i;
        return i;
    }

    // The last line from `from` up to `boundary` (exclusive) that is not blank or a comment:
    // comments after a node's last line belong to what follows it.
    int lastContent(int from, int boundary) const
    {
        int l = std::min(boundary, count()) - 1;
        while (l > from && isBlankOrComment(l))
            --l;
        return std::max(l, from);
    }

    // The first of the comment lines directly above `line` at the given indentation (no blank
    // line between): they describe what follows them.
    int attachedComments(int line, int column) const
    {
        int l = line;
        while (l > 0 && isComment(l - 1) && indent(l - 1) == column)
            --l;
        return l;
    }

private:
    QByteArray m_text; // shared, not copied
    QList<qsizetype> m_starts;
};

struct Edit
{
    qsizetype from = 0;
    qsizetype to = 0;
    QByteArray with;
};

QByteArray applyEdits(QByteArray text, QList<Edit> edits)
{
    // From the end backwards so earlier positions stay valid; at one position a replaced range
    // goes before an insertion, so the insertion lands in front of the new text.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        if (a.from != b.from)
            return a.from > b.from;
        return (a.to - a.from) > (b.to - b.from);
    });
    for (const Edit &e : edits)
        text.replace(e.from, e.to - e.from, e.with);
    return text;
}

// ---- scanning values on the text ---------------------------------------------------------

// The end (exclusive) of a single-line scalar starting at pos, or -1 when it spans lines.
qsizetype scalarEnd(const QByteArray &t, qsizetype pos, bool inFlow)
{
    if (pos >= t.size())
        return -1;
    const char c = t.at(pos);
    if (c == '"') {
        for (qsizetype i = pos + 1; i < t.size() && t.at(i) != '\n'; ++i) {
            if (t.at(i) == '\\')
                ++i;
            else if (t.at(i) == '"')
                return i + 1;
        }
        return -1;
    }
    if (c == '\'') {
        for (qsizetype i = pos + 1; i < t.size() && t.at(i) != '\n'; ++i) {
            if (t.at(i) == '\'') {
                if (i + 1 < t.size() && t.at(i + 1) == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    if (c == '|' || c == '>')
        return -1;
    qsizetype i = pos;
    while (i < t.size() && t.at(i) != '\n') {
        if (t.at(i) == '#' && i > pos && (t.at(i - 1) == ' ' || t.at(i - 1) == '\t'))
            break;
        if (inFlow && (t.at(i) == ',' || t.at(i) == ']' || t.at(i) == '}'))
            break;
        ++i;
    }
    while (i > pos && (t.at(i - 1) == ' ' || t.at(i - 1) == '\t'))
        --i;
    return i;
}

// The end (exclusive) of the flow collection opening at pos ('{' or '['), or -1.
qsizetype flowEnd(const QByteArray &t, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < t.size(); ++i) {
        const char c = t.at(i);
        if (c == '"') {
            for (++i; i < t.size() && t.at(i) != '"'; ++i) {
                if (t.at(i) == '\\')
                    ++i;
            }
        } else if (c == '\'') {
            for (++i; i < t.size(); ++i) {
                if (t.at(i) == '\'' && !(i + 1 < t.size() && t.at(i + 1) == '\''))
                    break;
                if (t.at(i) == '\'')
                    ++i;
            }
        } else if (c == '#' &&
                   (i == 0 || t.at(i - 1) == ' ' || t.at(i - 1) == '\t' || t.at(i - 1) == '\n')) {
            while (i < t.size() && t.at(i) != '\n')
                ++i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

// ---- writing values ----------------------------------------------------------------------

bool isNumberLike(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|"
        "^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$"));
    return re.match(s).hasMatch();
}

// Whether a string can be written without quotes in block and flow context and reads back
// as the same string.
bool isPlainSafe(const QString &s)
{
    if (s.isEmpty() || s != s.trimmed())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.front()))
        return false;
    static const QRegularExpression special(
        QStringLiteral("[\\x00-\\x1f\\x7f]|: |:$|[ \\t]#|[\\[\\]{},]"));
    if (special.match(s).hasMatch())
        return false;
    static const QStringList reserved{QStringLiteral("true"), QStringLiteral("false"),
                                      QStringLiteral("yes"),  QStringLiteral("no"),
                                      QStringLiteral("on"),   QStringLiteral("off"),
                                      QStringLiteral("null"), QStringLiteral("~"),
                                      QStringLiteral("y"),    QStringLiteral("n")};
    if (reserved.contains(s.toLower()))
        return false;
    return !isNumberLike(s);
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out("\"");
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (uchar(c) < 0x20 || c == 0x7f)
                out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

bool isMap(const QVariant &v)
{
    return v.metaType().id() == QMetaType::QVariantMap;
}

bool isList(const QVariant &v)
{
    const int id = v.metaType().id();
    return id == QMetaType::QStringList || id == QMetaType::QVariantList;
}

// How a scalar reads back as text (what yaml-cpp's Scalar() gives for it).
QString scalarText(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.metaType().id() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

QByteArray renderScalar(const QVariant &v)
{
    const int id = v.metaType().id();
    if (id == QMetaType::Bool || id == QMetaType::Int || id == QMetaType::LongLong ||
        id == QMetaType::UInt || id == QMetaType::ULongLong || id == QMetaType::Double)
        return scalarText(v).toUtf8();
    const QString s = v.toString();
    return isPlainSafe(s) ? s.toUtf8() : doubleQuoted(s);
}

QByteArray renderKey(const QString &key)
{
    return isPlainSafe(key) ? key.toUtf8() : doubleQuoted(key);
}

QByteArray renderFlow(const QVariant &v)
{
    if (isMap(v)) {
        const QVariantMap m = v.toMap();
        QByteArrayList parts;
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << renderKey(it.key()) + ": " + renderFlow(it.value());
        return "{" + parts.join(", ") + "}";
    }
    if (isList(v)) {
        QByteArrayList parts;
        for (const QVariant &item : v.toList())
            parts << renderFlow(item);
        return "[" + parts.join(", ") + "]";
    }
    return renderScalar(v);
}

QByteArray renderFlowItem(const YamlEntries &entries)
{
    QByteArrayList parts;
    for (const YamlEntry &e : entries)
        parts << renderKey(e.key) + ": " + renderFlow(e.value);
    return "{" + parts.join(", ") + "}";
}

// A key and its value as block lines at an indentation (no newlines); lists of scalars are
// written in flow style ([a, b]), as workspaces usually spell them.
QByteArrayList renderEntry(const QString &key, const QVariant &value, int indent)
{
    const QByteArray pad(indent, ' ');
    if (isMap(value) && !value.toMap().isEmpty()) {
        QByteArrayList lines{pad + renderKey(key) + ":"};
        const QVariantMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            lines << renderEntry(it.key(), it.value(), indent + 2);
        return lines;
    }
    return {pad + renderKey(key) + ": " + renderFlow(value)};
}

// A list item ("- key: value" then the other keys under the first).
QByteArrayList renderItem(const YamlEntries &entries, int dashIndent, int keyOffset = 2)
{
    QByteArrayList lines;
    for (const YamlEntry &e : entries)
        lines << renderEntry(e.key, e.value, dashIndent + keyOffset);
    if (!lines.isEmpty()) {
        lines[0] = QByteArray(dashIndent, ' ') + '-' + QByteArray(std::max(1, keyOffset - 1), ' ') +
                   lines[0].mid(dashIndent + keyOffset);
    }
    return lines;
}

bool nodeEquals(const YAML::Node &node, const QVariant &value)
{
    if (isMap(value)) {
        const QVariantMap m = value.toMap();
        if (!node.IsMap() || node.size() != size_t(m.size()))
            return false;
        for (const auto &kv : node) {
            const QString k = QString::fromStdString(kv.first.Scalar());
            if (!m.contains(k) || !nodeEquals(kv.second, m.value(k)))
                return false;
        }
        return true;
    }
    if (isList(value)) {
        const QVariantList l = value.toList();
        if (!node.IsSequence() || node.size() != size_t(l.size()))
            return false;
        for (int i = 0; i < l.size(); ++i) {
            if (!nodeEquals(node[i], l.at(i)))
                return false;
        }
        return true;
    }
    return node.IsScalar() && QString::fromStdString(node.Scalar()) == scalarText(value);
}

QVariant nodeToVariant(const YAML::Node &node)
{
    if (node.IsMap()) {
        QVariantMap m;
        for (const auto &kv : node)
            m.insert(QString::fromStdString(kv.first.Scalar()), nodeToVariant(kv.second));
        return m;
    }
    if (node.IsSequence()) {
        QVariantList l;
        for (const auto &item : node)
            l << nodeToVariant(item);
        return l;
    }
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    return {};
}

// ---- the editor: one parse of the text, edits computed from its marks -------------------

struct Entry
{
    YAML::Node key;
    YAML::Node value;
    int index = 0;
    int boundary = 0; // the first line after the entry's value (block style)
};

// A block mapping and the first line after it.
struct Block
{
    YAML::Node map;
    int boundary = 0;
};

class Editor
{
public:
    static Result<Editor> parse(const QByteArray &text, const QString &path)
    {
        Editor e(text, path);
        try {
            e.m_root = YAML::Load(text.toStdString());
        } catch (const YAML::Exception &ex) {
            return Error(QString::fromStdString(ex.msg), path,
                         TextPosition{ex.mark.line + 1, ex.mark.column + 1});
        }
        if (!e.m_root.IsMap())
            return Error(Tr::tr("the workspace must be a mapping of keys (title:, targets:, ...)"),
                         path);
        if (e.m_root.Style() == YAML::EmitterStyle::Flow)
            return Error(Tr::tr("the workspace is written as one flow mapping ({...}); Watchkeeper "
                                "edits block-style files only, so change it by hand"),
                         path);
        return e;
    }

    QList<YamlEntries> items(const QStringList &listPath) const
    {
        QList<YamlEntries> out;
        YAML::Node node = m_root;
        for (const QString &k : listPath) {
            const auto e = find(node, k);
            if (!e)
                return out;
            node = e->value;
        }
        if (!node.IsSequence())
            return out;
        for (const auto &item : node) {
            if (!item.IsMap())
                continue;
            YamlEntries entries;
            for (const auto &kv : item)
                entries.append(
                    {QString::fromStdString(kv.first.Scalar()), nodeToVariant(kv.second)});
            out.append(entries);
        }
        return out;
    }

    Result<QByteArray> setScalar(const QStringList &keyPath, const QVariant &value)
    {
        const QString key = keyPath.last();
        const auto leaf = [&](int indent) { return renderEntry(key, value, indent); };
        auto parent = walk(keyPath.mid(0, keyPath.size() - 1), leaf);
        if (!parent)
            return parent.error();
        if (parent.value().done)
            return parent.value().text;
        const Block &b = parent.value().block;
        const auto e = find(b.map, key, b.boundary);
        if (!e)
            return applyEdits(m_text, {appendEntry(b, renderEntry(key, value, keyColumn(b)))});
        if (nodeEquals(e->value, value))
            return m_text;
        return applyEdits(m_text, {replaceValue(*e, value)});
    }

    Result<QByteArray> removeKey(const QStringList &keyPath)
    {
        YAML::Node node = m_root;
        int boundary = m_lines.count();
        for (int i = 0; i < keyPath.size(); ++i) {
            const auto e = find(node, keyPath.at(i), boundary);
            if (!e)
                return m_text;
            if (i + 1 == keyPath.size())
                return applyEdits(m_text, {removeEntry(*e, node)});
            if (!e->value.IsMap())
                return m_text;
            if (e->value.Style() == YAML::EmitterStyle::Flow)
                return flowUnsupported(e->key);
            node = e->value;
            boundary = e->boundary;
        }
        return m_text;
    }

    Result<QByteArray> setItem(const QStringList &listPath, const QString &name,
                               const YamlEntries &entries, const QSet<QString> &keep,
                               const QString &previousName)
    {
        const QString listKey = listPath.last();
        const auto leaf = [&](int indent) {
            QByteArrayList lines{QByteArray(indent, ' ') + renderKey(listKey) + ":"};
            lines << renderItem(entries, indent + 2);
            return lines;
        };
        auto parent = walk(listPath.mid(0, listPath.size() - 1), leaf);
        if (!parent)
            return parent.error();
        if (parent.value().done)
            return parent.value().text;
        const Block &b = parent.value().block;
        const auto list = find(b.map, listKey, b.boundary);
        if (!list)
            return applyEdits(m_text, {appendEntry(b, leaf(keyColumn(b)))});
        if (list->value.IsNull())
            return applyEdits(m_text, {replaceEntry(*list, leaf(keyColumn(*list)))});
        const YAML::Node seq = list->value;
        if (!seq.IsSequence())
            return at(seq, Tr::tr("%1 must be a list").arg(listPath.join(u'.')));

        const QString lookFor = previousName.isEmpty() ? name : previousName;
        int found = -1;
        for (int j = 0; j < int(seq.size()); ++j) {
            const QString itemName = nameOf(seq[j]);
            if (itemName == lookFor)
                found = j;
            else if (itemName == name)
                return at(
                    seq[j],
                    Tr::tr("%1 already has an item named \"%2\"").arg(listPath.join(u'.'), name));
        }
        if (!previousName.isEmpty() && found < 0)
            return Error(
                Tr::tr("%1 has no item named \"%2\"").arg(listPath.join(u'.'), previousName),
                m_path);

        if (seq.Style() == YAML::EmitterStyle::Flow)
            return setFlowItem(*list, found, entries, keep);
        if (found >= 0) {
            const YAML::Node item = seq[found];
            if (item.IsMap() && item.Style() != YAML::EmitterStyle::Flow)
                return editBlockMap(item, itemBoundary(seq, found, list->boundary), entries, keep);
            return replaceFlowMap(item, merged(item, entries, keep));
        }
        // A new item after the last one, in the style and indentation of the last one.
        const YAML::Node last = seq[seq.size() - 1];
        const int lastStart = itemStart(last);
        const int dash = dashColumn(last);
        QByteArrayList lines;
        if (last.IsMap() && last.Style() == YAML::EmitterStyle::Flow) {
            lines << QByteArray(dash, ' ') + "- " + renderFlowItem(entries);
        } else {
            const int keyOffset = last.IsMap() ? std::max(2, int(last.Mark().column) - dash) : 2;
            lines = renderItem(entries, dash, keyOffset);
        }
        const int end = m_lines.lastContent(lastStart, list->boundary);
        return applyEdits(m_text,
                          {Edit{m_lines.end(end), m_lines.end(end), "\n" + lines.join('\n')}});
    }

    Result<QByteArray> removeItem(const QStringList &listPath, const QString &name)
    {
        YAML::Node node = m_root;
        int boundary = m_lines.count();
        std::optional<Entry> list;
        for (const QString &k : listPath) {
            list = find(node, k, boundary);
            if (!list)
                break;
            node = list->value;
            boundary = list->boundary;
        }
        const auto missing = [&] {
            return Error(Tr::tr("%1 has no item named \"%2\"").arg(listPath.join(u'.'), name),
                         m_path);
        };
        if (!list || !list->value.IsSequence())
            return missing();
        const YAML::Node seq = list->value;
        int found = -1;
        for (int j = 0; j < int(seq.size()); ++j) {
            if (nameOf(seq[j]) == name)
                found = j;
        }
        if (found < 0)
            return missing();
        const int n = int(seq.size());
        if (seq.Style() == YAML::EmitterStyle::Flow) {
            const qsizetype start = seq[found].Mark().pos;
            const qsizetype end = itemEnd(seq[found]);
            if (end < 0)
                return at(seq[found], Tr::tr("cannot find the end of this item"));
            if (found + 1 < n)
                return applyEdits(m_text, {Edit{start, qsizetype(seq[found + 1].Mark().pos), {}}});
            if (found > 0)
                return applyEdits(m_text, {Edit{itemEnd(seq[found - 1]), end, {}}});
            return applyEdits(m_text, {Edit{start, end, {}}});
        }
        if (n == 1) {
            // The last item: the list stays, empty, so the file still has a targets: list.
            return applyEdits(m_text, {replaceEntry(*list, {QByteArray(keyColumn(*list), ' ') +
                                                            renderKey(listPath.last()) + ": []"})});
        }
        const YAML::Node item = seq[found];
        const int first = m_lines.attachedComments(itemStart(item), dashColumn(item));
        const int last = m_lines.lastContent(itemStart(item), itemBoundary(seq, found, boundary));
        return applyEdits(m_text, {deleteLines(first, last)});
    }

private:
    Editor(const QByteArray &text, const QString &path)
        : m_text(text)
        , m_lines(m_text)
        , m_path(path)
    {}

    struct WalkResult
    {
        Block block;       // the mapping the last key goes into
        bool done = false; // a missing mapping was created with the value in it: text is final
        QByteArray text;
    };
    using Leaf = std::function<QByteArrayList(int indent)>;

    // Follows the mappings of `keys` from the root. A missing one is created with the leaf's
    // lines in it (done = true).
    Result<WalkResult> walk(const QStringList &keys, const Leaf &leaf)
    {
        Block b{m_root, m_lines.count()};
        for (int i = 0; i < keys.size(); ++i) {
            const auto e = find(b.map, keys.at(i), b.boundary);
            const auto nested = [&](int indent) {
                QByteArrayList lines;
                for (int k = i; k < keys.size(); ++k)
                    lines << QByteArray(indent + 2 * (k - i), ' ') + renderKey(keys.at(k)) + ":";
                lines << leaf(indent + 2 * int(keys.size() - i));
                return lines;
            };
            if (!e) {
                WalkResult r{b, true, applyEdits(m_text, {appendEntry(b, nested(keyColumn(b)))})};
                return r;
            }
            if (e->value.IsNull()) {
                WalkResult r{b, true,
                             applyEdits(m_text, {replaceEntry(*e, nested(keyColumn(*e)))})};
                return r;
            }
            if (!e->value.IsMap())
                return at(e->value,
                          Tr::tr("%1 must be a mapping").arg(keys.mid(0, i + 1).join(u'.')));
            if (e->value.Style() == YAML::EmitterStyle::Flow)
                return flowUnsupported(e->key);
            b = Block{e->value, e->boundary};
        }
        return WalkResult{b, false, {}};
    }

    std::optional<Entry> find(const YAML::Node &map, const QString &key, int boundary = -1) const
    {
        if (!map.IsMap())
            return std::nullopt;
        std::optional<Entry> out;
        int index = 0;
        for (auto it = map.begin(); it != map.end(); ++it, ++index) {
            if (out) {
                out->boundary = int(it->first.Mark().line);
                return out;
            }
            if (QString::fromStdString(it->first.Scalar()) == key)
                out =
                    Entry{it->first, it->second, index, boundary < 0 ? m_lines.count() : boundary};
        }
        return out;
    }

    static QString nameOf(const YAML::Node &item)
    {
        if (!item.IsMap())
            return {};
        for (const auto &kv : item) {
            if (kv.first.Scalar() == "name" && kv.second.IsScalar())
                return QString::fromStdString(kv.second.Scalar());
        }
        return {};
    }

    Error at(const YAML::Node &node, const QString &message) const
    {
        const YAML::Mark m = node.Mark();
        return Error(message, m_path, TextPosition{m.line + 1, m.column + 1});
    }

    Error flowUnsupported(const YAML::Node &key) const
    {
        return at(key,
                  Tr::tr("\"%1\" is written in flow style ({...}); Watchkeeper edits block-style "
                         "mappings only, so change it by hand")
                      .arg(QString::fromStdString(key.Scalar())));
    }

    // The column keys of a block mapping start at.
    int keyColumn(const Block &b) const
    {
        if (b.map.size() == 0)
            return 0;
        return int(b.map.begin()->first.Mark().column);
    }
    int keyColumn(const Entry &e) const { return int(e.key.Mark().column); }

    // The line a list item starts on: its dash's line ("- name: a", or a lone "-" above).
    int itemStart(const YAML::Node &item) const
    {
        const YAML::Mark m = item.Mark();
        const QByteArray prefix = m_lines.line(m.line).left(m.column);
        if (prefix.contains('-'))
            return m.line;
        for (int l = m.line - 1; l >= 0; --l) {
            if (m_lines.isBlankOrComment(l))
                continue;
            if (m_lines.line(l).trimmed().startsWith('-'))
                return l;
            break;
        }
        return m.line;
    }

    int dashColumn(const YAML::Node &item) const
    {
        const YAML::Mark m = item.Mark();
        const int start = itemStart(item);
        const QByteArray text = m_lines.line(start);
        if (start == m.line)
            return int(text.left(m.column).lastIndexOf('-'));
        return int(text.indexOf('-'));
    }

    int itemBoundary(const YAML::Node &seq, int j, int seqBoundary) const
    {
        return j + 1 < int(seq.size()) ? itemStart(seq[j + 1]) : seqBoundary;
    }

    qsizetype itemEnd(const YAML::Node &item) const
    {
        const qsizetype pos = item.Mark().pos;
        if (item.IsMap() || item.IsSequence())
            return flowEnd(m_text, pos);
        return scalarEnd(m_text, pos, true);
    }

    // Removes whole lines first..last (with their newline).
    Edit deleteLines(int first, int last) const
    {
        if (last + 1 < m_lines.count())
            return Edit{m_lines.start(first), m_lines.next(last), {}};
        if (first > 0)
            return Edit{m_lines.end(first - 1), m_lines.end(last), {}};
        return Edit{0, m_lines.end(last), {}};
    }

    // New lines after the last entry of a block mapping.
    Edit appendEntry(const Block &b, const QByteArrayList &lines) const
    {
        int last = 0;
        int lastLine = 0;
        for (const auto &kv : b.map) {
            lastLine = int(kv.first.Mark().line);
            ++last;
        }
        if (last == 0) {
            const qsizetype at = m_text.size();
            return Edit{at, at,
                        (m_text.endsWith('\n') || m_text.isEmpty() ? "" : "\n") + lines.join('\n') +
                            "\n"};
        }
        const int end = m_lines.lastContent(lastLine, b.boundary);
        return Edit{m_lines.end(end), m_lines.end(end), "\n" + lines.join('\n')};
    }

    // The whole entry (key and value, from the key on) replaced by lines whose first line is
    // indented like the key.
    Edit replaceEntry(const Entry &e, QByteArrayList lines) const
    {
        const YAML::Mark k = e.key.Mark();
        const int end = m_lines.lastContent(k.line, e.boundary);
        if (!lines.isEmpty())
            lines[0] = lines[0].mid(k.column);
        return Edit{qsizetype(k.pos), m_lines.end(end), lines.join('\n')};
    }

    // The value of an entry changed; a single-line value is replaced where it stands (so a
    // comment after it on the line stays), a longer one with the whole entry.
    Edit replaceValue(const Entry &e, const QVariant &value) const
    {
        const YAML::Mark k = e.key.Mark();
        const int end = m_lines.lastContent(k.line, e.boundary);
        const YAML::Node v = e.value;
        const bool blockMap = isMap(value) && !value.toMap().isEmpty();
        if (end == k.line && !v.IsNull()) {
            const qsizetype pos = v.Mark().pos;
            if (v.IsScalar() && !blockMap) {
                const qsizetype ve = scalarEnd(m_text, pos, false);
                if (ve > pos)
                    return Edit{pos, ve, renderFlow(value)};
            } else if (v.Style() == YAML::EmitterStyle::Flow) {
                const qsizetype ve = flowEnd(m_text, pos);
                if (ve > pos)
                    return Edit{pos, ve, renderFlow(value)};
            }
        }
        return replaceEntry(
            e, renderEntry(QString::fromStdString(e.key.Scalar()), value, int(k.column)));
    }

    // Removes an entry of a block mapping with the comments directly above it.
    Edit removeEntry(const Entry &e, const YAML::Node &map) const
    {
        const YAML::Mark k = e.key.Mark();
        const int end = m_lines.lastContent(k.line, e.boundary);
        const QByteArray prefix = m_lines.line(k.line).left(k.column);
        if (!prefix.trimmed().isEmpty()) {
            // The first key of a list item, on the dash's line: the next key moves up to it.
            auto it = map.begin();
            for (int i = 0; i <= e.index && it != map.end(); ++i)
                ++it;
            if (it != map.end())
                return Edit{qsizetype(k.pos), qsizetype(it->first.Mark().pos), {}};
            return Edit{qsizetype(k.pos), m_lines.end(end), QByteArrayLiteral("{}")};
        }
        return deleteLines(m_lines.attachedComments(k.line, k.column), end);
    }

    // The keys of an existing item after an edit, in its order, new keys last.
    static YamlEntries merged(const YAML::Node &item, const YamlEntries &entries,
                              const QSet<QString> &keep)
    {
        YamlEntries out;
        QSet<QString> written;
        for (const auto &kv : item) {
            const QString k = QString::fromStdString(kv.first.Scalar());
            if (keep.contains(k)) {
                out.append({k, nodeToVariant(kv.second)});
                written.insert(k);
            } else {
                for (const YamlEntry &e : entries) {
                    if (e.key == k) {
                        out.append(e);
                        written.insert(k);
                    }
                }
            }
        }
        for (const YamlEntry &e : entries) {
            if (!written.contains(e.key))
                out.append(e);
        }
        return out;
    }

    Result<QByteArray> replaceFlowMap(const YAML::Node &item, const YamlEntries &entries) const
    {
        const qsizetype pos = item.Mark().pos;
        const qsizetype end = flowEnd(m_text, pos);
        if (end < 0)
            return at(item, Tr::tr("cannot find the end of this item"));
        return applyEdits(m_text, {Edit{pos, end, renderFlowItem(entries)}});
    }

    Result<QByteArray> setFlowItem(const Entry &list, int found, const YamlEntries &entries,
                                   const QSet<QString> &keep) const
    {
        const YAML::Node seq = list.value;
        if (found >= 0)
            return replaceFlowMap(seq[found], merged(seq[found], entries, keep));
        const qsizetype open = seq.Mark().pos;
        const qsizetype close = flowEnd(m_text, open);
        if (close < 0)
            return at(seq, Tr::tr("cannot find the end of this list"));
        const int n = int(seq.size());
        if (n == 0) {
            // "targets: []" on the key's line becomes a block list.
            const YAML::Mark k = list.key.Mark();
            if (m_lines.line(k.line).left(k.column).trimmed().isEmpty() &&
                m_text.lastIndexOf('\n', close - 1) < k.pos) {
                QByteArrayList lines{renderKey(QString::fromStdString(list.key.Scalar())) + ":"};
                lines << renderItem(entries, int(k.column) + 2);
                return applyEdits(m_text, {Edit{qsizetype(k.pos), close, lines.join('\n')}});
            }
            return applyEdits(m_text, {Edit{open + 1, close - 1, renderFlowItem(entries)}});
        }
        const YAML::Node last = seq[n - 1];
        const qsizetype lastEnd = itemEnd(last);
        if (lastEnd < 0)
            return at(last, Tr::tr("cannot find the end of this item"));
        const bool ownLines = m_text.lastIndexOf('\n', last.Mark().pos) > open;
        const QByteArray sep = ownLines ? ",\n" + QByteArray(last.Mark().column, ' ') : ", ";
        return applyEdits(m_text, {Edit{lastEnd, lastEnd, sep + renderFlowItem(entries)}});
    }

    Result<QByteArray> editBlockMap(const YAML::Node &item, int boundary,
                                    const YamlEntries &entries, const QSet<QString> &keep) const
    {
        QList<Edit> edits;
        QHash<QString, QVariant> wanted;
        for (const YamlEntry &e : entries)
            wanted.insert(e.key, e.value);
        QSet<QString> present;
        int index = 0;
        int lastSurvivorEnd = -1;
        int column = -1;
        for (auto it = item.begin(); it != item.end(); ++it, ++index) {
            auto nextIt = it;
            ++nextIt;
            const Entry e{it->first, it->second, index,
                          nextIt != item.end() ? int(nextIt->first.Mark().line) : boundary};
            const QString k = QString::fromStdString(it->first.Scalar());
            present.insert(k);
            if (column < 0 ||
                m_lines.line(e.key.Mark().line).left(e.key.Mark().column).trimmed().isEmpty())
                column = int(e.key.Mark().column);
            const int end = m_lines.lastContent(int(e.key.Mark().line), e.boundary);
            if (keep.contains(k)) {
                lastSurvivorEnd = end;
            } else if (wanted.contains(k)) {
                if (!nodeEquals(e.value, wanted.value(k)))
                    edits << replaceValue(e, wanted.value(k));
                lastSurvivorEnd = end;
            } else {
                edits << removeEntry(e, item);
            }
        }
        QByteArrayList added;
        for (const YamlEntry &e : entries) {
            if (!present.contains(e.key))
                added << renderEntry(e.key, e.value, column);
        }
        if (!added.isEmpty()) {
            if (lastSurvivorEnd < 0)
                return at(item, Tr::tr("cannot add keys to an item whose keys are all removed"));
            const qsizetype pos = m_lines.end(lastSurvivorEnd);
            edits << Edit{pos, pos, "\n" + added.join('\n')};
        }
        return applyEdits(m_text, edits);
    }

    QByteArray m_text;
    Lines m_lines;
    QString m_path;
    YAML::Node m_root;
};

// ---- targets -----------------------------------------------------------------------------

const QStringList targetsPath{QStringLiteral("targets")};

QString sizeText(qint64 bytes)
{
    if (bytes > 0 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1MiB").arg(bytes / (1024 * 1024));
    if (bytes > 0 && bytes % 1024 == 0)
        return QStringLiteral("%1KiB").arg(bytes / 1024);
    return QString::number(bytes);
}

bool isEnvReference(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\$\\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\\}$"));
    return re.match(text.trimmed()).hasMatch();
}

qint64 defaultTimeout(const TargetConfig &t)
{
    return std::min(defaultTimeoutMs, t.intervalMs);
}

QVariantMap labelsValue(const TargetConfig &t)
{
    QVariantMap m;
    for (auto it = t.labels.begin(); it != t.labels.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

QVariantMap tlsValue(const TargetConfig &t)
{
    QVariantMap m;
    if (!t.tls.caFile.isEmpty())
        m.insert(QStringLiteral("ca_file"), t.tls.caFile);
    if (t.tls.insecureSkipVerify)
        m.insert(QStringLiteral("insecure_skip_verify"), true);
    return m;
}

const QStringList targetKeys{QStringLiteral("name"),        QStringLiteral("kind"),
                             QStringLiteral("url"),         QStringLiteral("interval"),
                             QStringLiteral("timeout"),     QStringLiteral("max_body_size"),
                             QStringLiteral("instance"),    QStringLiteral("labels"),
                             QStringLiteral("tls"),         QStringLiteral("credentials_file"),
                             QStringLiteral("bearer_token")};

// The value a key is written with; invalid when the key is left out (empty or the default).
// forced: write defaults too (when leaving a key out would not read back as asked).
QVariant targetValue(const TargetConfig &t, const QString &key, bool forced)
{
    if (key == u"name")
        return t.name;
    if (key == u"kind")
        return TargetConfig::kindName(t.kind);
    if (key == u"url")
        return t.url.toString();
    if (key == u"interval")
        return formatDuration(t.intervalMs);
    if (key == u"timeout")
        return forced || t.timeoutMs != defaultTimeout(t) ? QVariant(formatDuration(t.timeoutMs))
                                                          : QVariant();
    if (key == u"max_body_size")
        return forced || t.maxBodyBytes != defaultMaxBody ? QVariant(sizeText(t.maxBodyBytes))
                                                          : QVariant();
    if (key == u"instance")
        return t.instanceLabel.isEmpty() ? QVariant() : QVariant(t.instanceLabel);
    if (key == u"labels")
        return t.labels.isEmpty() ? QVariant() : QVariant(labelsValue(t));
    if (key == u"tls") {
        const QVariantMap m = tlsValue(t);
        return m.isEmpty() ? QVariant() : QVariant(m);
    }
    if (key == u"credentials_file")
        return t.credentialsFile.isEmpty() ? QVariant() : QVariant(t.credentialsFile);
    if (key == u"bearer_token")
        return t.bearerToken.isEmpty() ? QVariant() : QVariant(t.bearerToken.trimmed());
    return {};
}

QString absolutePath(const QString &path, const QString &workspacePath)
{
    if (path.isEmpty())
        return path;
    const QDir base =
        workspacePath.isEmpty() ? QDir::current() : QFileInfo(workspacePath).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(path));
}

// The keys whose meaning differs between two targets (a as read back, b as asked).
QStringList differingKeys(const TargetConfig &a, const TargetConfig &b, const QString &wsPath)
{
    QStringList out;
    if (a.name != b.name)
        out << QStringLiteral("name");
    if (a.kind != b.kind)
        out << QStringLiteral("kind");
    if (a.url != b.url)
        out << QStringLiteral("url");
    if (a.intervalMs != b.intervalMs)
        out << QStringLiteral("interval");
    if (a.timeoutMs != b.timeoutMs)
        out << QStringLiteral("timeout");
    if (a.maxBodyBytes != b.maxBodyBytes)
        out << QStringLiteral("max_body_size");
    if (a.instanceLabel != b.instanceLabel)
        out << QStringLiteral("instance");
    if (a.labels != b.labels)
        out << QStringLiteral("labels");
    if (absolutePath(a.tls.caFile, wsPath) != absolutePath(b.tls.caFile, wsPath) ||
        a.tls.insecureSkipVerify != b.tls.insecureSkipVerify)
        out << QStringLiteral("tls");
    if (absolutePath(a.credentialsFile, wsPath) != absolutePath(b.credentialsFile, wsPath))
        out << QStringLiteral("credentials_file");
    if (a.bearerToken.trimmed() != b.bearerToken.trimmed())
        out << QStringLiteral("bearer_token");
    return out;
}

// The bearer_token of a target as the text spells it (the ${VAR} reference).
QString writtenBearerToken(const QByteArray &text, const QString &name)
{
    auto editor = Editor::parse(text, {});
    if (!editor)
        return {};
    for (const YamlEntries &item : editor.value().items(targetsPath)) {
        QString itemName;
        QString token;
        for (const YamlEntry &e : item) {
            if (e.key == u"name")
                itemName = e.value.toString();
            else if (e.key == u"bearer_token")
                token = e.value.toString();
        }
        if (itemName == name)
            return token;
    }
    return {};
}

} // namespace

// ---- WorkspaceWriter ---------------------------------------------------------------------

Result<WorkspaceWriter> WorkspaceWriter::open(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read workspace: %1").arg(f.errorString()), path);
    return fromText(f.readAll(), QFileInfo(path).absoluteFilePath());
}

Result<WorkspaceWriter> WorkspaceWriter::fromText(const QByteArray &text, const QString &path)
{
    WorkspaceWriter w;
    w.m_path = path;
    QByteArray t = text;
    if (t.startsWith("\xEF\xBB\xBF")) {
        w.m_bom = true;
        t.remove(0, 3);
    }
    if (t.contains("\r\n")) {
        w.m_crlf = true;
        t.replace("\r\n", "\n");
    }
    auto ws = w.check(t);
    if (!ws)
        return ws.error();
    w.m_text = t;
    w.m_workspace = ws.value();
    return w;
}

QByteArray WorkspaceWriter::external(const QByteArray &internal) const
{
    QByteArray out = internal;
    if (m_crlf)
        out.replace("\n", "\r\n");
    if (m_bom)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

QByteArray WorkspaceWriter::text() const
{
    return external(m_text);
}

Result<Workspace> WorkspaceWriter::check(const QByteArray &candidate) const
{
    const QByteArray full = external(candidate);
    auto ws = WorkspaceLoader::loadText(full, m_path);
    if (!ws)
        return ws.error();
    for (const Validator &v : m_validators) {
        if (const auto error = v(full, m_path))
            return *error;
    }
    return ws;
}

Result<bool> WorkspaceWriter::accept(const QByteArray &candidate)
{
    if (candidate == m_text)
        return true;
    auto ws = check(candidate);
    if (!ws)
        return Error(Tr::tr("the change was not made, the result would not load: %1")
                         .arg(ws.error().toString()),
                     m_path);
    m_text = candidate;
    m_workspace = ws.value();
    m_modified = true;
    return true;
}

QList<TargetConfig> WorkspaceWriter::targets() const
{
    QList<TargetConfig> out = m_workspace.targets;
    for (TargetConfig &t : out)
        t.bearerToken = writtenBearerToken(m_text, t.name);
    return out;
}

YamlEntries WorkspaceWriter::targetEntries(const TargetConfig &target)
{
    YamlEntries out;
    for (const QString &key : targetKeys) {
        const QVariant v = targetValue(target, key, false);
        if (v.isValid())
            out.append({key, v});
    }
    return out;
}

QByteArray WorkspaceWriter::targetItemText(const TargetConfig &target, int indent)
{
    return renderItem(targetEntries(target), indent).join('\n') + '\n';
}

Result<bool> WorkspaceWriter::setTarget(const TargetConfig &target, const QString &previousName)
{
    if (!target.bearerToken.isEmpty() && !isEnvReference(target.bearerToken))
        return Error(Tr::tr("bearer_token must be an environment reference like ${TOKEN}; the "
                            "token itself is never written to the workspace"),
                     m_path);
    const QString lookFor = previousName.isEmpty() ? target.name : previousName;
    const QList<TargetConfig> current = targets();
    const TargetConfig *old = nullptr;
    for (const TargetConfig &t : current) {
        if (t.name == lookFor)
            old = &t;
    }
    if (!previousName.isEmpty() && !old)
        return Error(Tr::tr("the workspace has no target named \"%1\"").arg(previousName), m_path);
    if (target.name != lookFor) {
        for (const TargetConfig &t : current) {
            if (t.name == target.name)
                return Error(Tr::tr("a target named \"%1\" exists already").arg(target.name),
                             m_path);
        }
    }

    YamlEntries entries;
    QSet<QString> keep;
    if (!old) {
        entries = targetEntries(target);
    } else {
        const QStringList changed = differingKeys(*old, target, m_path);
        for (const QString &key : targetKeys) {
            if (!changed.contains(key)) {
                keep.insert(key);
                continue;
            }
            const QVariant v = targetValue(target, key, false);
            if (v.isValid())
                entries.append({key, v});
        }
    }

    auto editor = Editor::parse(m_text, m_path);
    if (!editor)
        return editor.error();
    auto candidate =
        editor.value().setItem(targetsPath, target.name, entries, keep, old ? lookFor : QString());
    if (!candidate)
        return candidate.error();

    // A key left out takes its default, which may not be what was asked (a kind inferred from
    // the URL, a timeout capped by the interval): write those explicitly.
    for (int pass = 0; pass < 2; ++pass) {
        auto ws = check(candidate.value());
        if (!ws)
            return Error(Tr::tr("the change was not made, the result would not load: %1")
                             .arg(ws.error().toString()),
                         m_path);
        const TargetConfig *back = ws.value().target(target.name);
        if (!back)
            return Error(Tr::tr("the target \"%1\" did not read back").arg(target.name), m_path);
        TargetConfig readBack = *back;
        readBack.bearerToken = writtenBearerToken(candidate.value(), target.name);
        const QStringList wrong = differingKeys(readBack, target, m_path);
        if (wrong.isEmpty())
            break;
        if (pass == 1)
            return Error(Tr::tr("the target \"%1\" would not read back as entered (%2)")
                             .arg(target.name, wrong.join(u", ")),
                         m_path);
        YamlEntries forced;
        QSet<QString> keepNow;
        for (const QString &key : targetKeys) {
            if (!wrong.contains(key)) {
                keepNow.insert(key);
                continue;
            }
            forced.append({key, targetValue(target, key, true)});
        }
        auto again = Editor::parse(candidate.value(), m_path);
        if (!again)
            return again.error();
        candidate = again.value().setItem(targetsPath, target.name, forced, keepNow, target.name);
        if (!candidate)
            return candidate.error();
    }
    return accept(candidate.value());
}

Result<bool> WorkspaceWriter::addTarget(const TargetConfig &target)
{
    if (m_workspace.target(target.name))
        return Error(Tr::tr("a target named \"%1\" exists already").arg(target.name), m_path);
    return setTarget(target);
}

Result<bool> WorkspaceWriter::removeTarget(const QString &name)
{
    return removeListItem(targetsPath, name);
}

Result<bool> WorkspaceWriter::setValue(const QStringList &keyPath, const QVariant &value)
{
    if (keyPath.isEmpty())
        return Error(Tr::tr("no key given"), m_path);
    auto editor = Editor::parse(m_text, m_path);
    if (!editor)
        return editor.error();
    auto candidate = editor.value().setScalar(keyPath, value);
    if (!candidate)
        return candidate.error();
    return accept(candidate.value());
}

Result<bool> WorkspaceWriter::removeValue(const QStringList &keyPath)
{
    if (keyPath.isEmpty())
        return Error(Tr::tr("no key given"), m_path);
    auto editor = Editor::parse(m_text, m_path);
    if (!editor)
        return editor.error();
    auto candidate = editor.value().removeKey(keyPath);
    if (!candidate)
        return candidate.error();
    return accept(candidate.value());
}

QList<YamlEntries> WorkspaceWriter::listItems(const QStringList &listPath) const
{
    auto editor = Editor::parse(m_text, m_path);
    if (!editor)
        return {};
    return editor.value().items(listPath);
}

Result<bool> WorkspaceWriter::setListItem(const QStringList &listPath, const QString &name,
                                          const YamlEntries &entries, const QSet<QString> &keep,
                                          const QString &previousName)
{
    if (listPath.isEmpty() || name.isEmpty())
        return Error(Tr::tr("a list item needs a list and a name"), m_path);
    YamlEntries withName = entries;
    bool hasName = false;
    for (YamlEntry &e : withName) {
        if (e.key == u"name") {
            e.value = name;
            hasName = true;
        }
    }
    if (!hasName)
        withName.prepend({QStringLiteral("name"), name});
    auto editor = Editor::parse(m_text, m_path);
    if (!editor)
        return editor.error();
    auto candidate = editor.value().setItem(listPath, name, withName, keep, previousName);
    if (!candidate)
        return candidate.error();
    return accept(candidate.value());
}

Result<bool> WorkspaceWriter::removeListItem(const QStringList &listPath, const QString &name)
{
    auto editor = Editor::parse(m_text, m_path);
    if (!editor)
        return editor.error();
    auto candidate = editor.value().removeItem(listPath, name);
    if (!candidate)
        return candidate.error();
    return accept(candidate.value());
}

Result<bool> WorkspaceWriter::save()
{
    if (m_path.isEmpty())
        return Error(Tr::tr("the workspace has no file to save to"));
    auto ws = check(m_text);
    if (!ws)
        return Error(
            Tr::tr("not saved, the workspace would not load: %1").arg(ws.error().toString()),
            m_path);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Tr::tr("cannot write workspace: %1").arg(f.errorString()), m_path);
    const QByteArray data = external(m_text);
    if (f.write(data) != data.size() || !f.commit())
        return Error(Tr::tr("cannot write workspace: %1").arg(f.errorString()), m_path);
    m_modified = false;
    return true;
}

} // namespace Wk
