#include "gotemplate.h"

#include "goformat.h"

#include <QList>

#include <limits>
#include <optional>

namespace Wk {

namespace {

// ---- lexer ----

enum class Tok {
    Text,
    LeftDelim,
    RightDelim,
    Space,
    Identifier,
    Keyword,
    Bool,
    Nil,
    Field,
    Variable,
    Dot,
    String,
    Char,
    Number,
    Pipe,
    LeftParen,
    RightParen,
    Declare,
    Assign,
    Comma,
    Other, // any other printable ASCII character; the parser reports it
    Error, // a lexical error; text holds the message
    Eof,
};

struct Token
{
    Tok kind = Tok::Eof;
    QString text; // for strings and chars: the decoded value
    int pos = 0;  // index into the template text
    QString raw;  // as written
};

bool isSpaceChar(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isAlnum(QChar c)
{
    return c == u'_' || c.isLetterOrNumber();
}

QString describe(const Token &t)
{
    switch (t.kind) {
    case Tok::Eof:
        return QStringLiteral("EOF");
    case Tok::RightDelim:
        return QStringLiteral("\"}}\"");
    case Tok::LeftDelim:
        return QStringLiteral("\"{{\"");
    case Tok::Space:
        return QStringLiteral("space");
    case Tok::Keyword:
        return u'<' + t.raw + u'>';
    default:
        return GoFormat::quote(t.raw);
    }
}

// Decodes a Go interpreted string or rune literal body (between the quotes).
std::optional<QString> unescape(QStringView body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        const QChar e = body.at(i);
        switch (e.unicode()) {
        case 'a':
            out += u'\a';
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'v':
            out += u'\v';
            break;
        case '\\':
            out += u'\\';
            break;
        case '"':
            out += u'"';
            break;
        case '\'':
            out += u'\'';
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int digits = e == u'x' ? 2 : (e == u'u' ? 4 : 8);
            if (i + digits >= body.size())
                return std::nullopt;
            bool ok = false;
            const uint code = body.mid(i + 1, digits).toUInt(&ok, 16);
            if (!ok)
                return std::nullopt;
            const char32_t c32 = char32_t(code);
            out += QString::fromUcs4(&c32, 1);
            i += digits;
            break;
        }
        default:
            if (e >= u'0' && e <= u'7') {
                bool ok = false;
                const uint code = body.mid(i, 3).toUInt(&ok, 8);
                if (!ok)
                    return std::nullopt;
                out += QChar(code);
                i += 2;
                break;
            }
            return std::nullopt;
        }
    }
    return out;
}

class Lexer
{
public:
    explicit Lexer(const QString &input)
        : m_in(input)
    {}

    // The tokens, or the position and message of the first lexical error.
    bool run()
    {
        const qsizetype n = m_in.size();
        qsizetype pos = 0;
        bool trimNext = false;
        while (pos <= n) {
            const qsizetype open = m_in.indexOf(QStringLiteral("{{"), pos);
            QString text = m_in.mid(pos, (open < 0 ? n : open) - pos);
            int textPos = int(pos);
            if (trimNext) {
                qsizetype k = 0;
                while (k < text.size() && isSpaceChar(text.at(k)))
                    ++k;
                text = text.mid(k);
                textPos += int(k);
                trimNext = false;
            }
            if (open < 0) {
                if (!text.isEmpty())
                    m_tokens.append({Tok::Text, text, textPos, text});
                break;
            }
            qsizetype i = open + 2;
            if (i + 1 < n && m_in.at(i) == u'-' && isSpaceChar(m_in.at(i + 1))) {
                while (!text.isEmpty() && isSpaceChar(text.back()))
                    text.chop(1);
                i += 2;
            }
            if (!text.isEmpty())
                m_tokens.append({Tok::Text, text, textPos, text});
            // Comments: {{/* ... */}}, spaces and trim markers allowed around them.
            if (m_in.mid(i, 2) == u"/*") {
                const qsizetype close = m_in.indexOf(QStringLiteral("*/"), i + 2);
                if (close < 0)
                    return fail(int(open), QStringLiteral("unclosed comment"));
                qsizetype j = close + 2;
                if (j < n && isSpaceChar(m_in.at(j)) && m_in.mid(j + 1, 3) == u"-}}") {
                    trimNext = true;
                    j += 4;
                } else if (m_in.mid(j, 2) == u"}}") {
                    j += 2;
                } else {
                    return fail(int(open), QStringLiteral("comment ends before closing delimiter"));
                }
                pos = j;
                continue;
            }
            m_tokens.append(
                {Tok::LeftDelim, QStringLiteral("{{"), int(open), QStringLiteral("{{")});
            const std::optional<qsizetype> end = lexAction(i, trimNext);
            if (!end)
                return false;
            pos = *end;
        }
        m_tokens.append({Tok::Eof, {}, int(n), {}});
        return true;
    }

    const QList<Token> &tokens() const { return m_tokens; }

private:
    // Lexical errors become a token, so that the parser reports whatever it meets first,
    // as Go's concurrent lexer and parser do.
    bool fail(int pos, const QString &message)
    {
        m_tokens.append({Tok::Error, message, pos, {}});
        return false;
    }

    void add(Tok kind, qsizetype start, qsizetype end)
    {
        const QString raw = m_in.mid(start, end - start);
        m_tokens.append({kind, raw, int(start), raw});
    }
    void add(Tok kind, qsizetype start, qsizetype end, const QString &decoded)
    {
        m_tokens.append({kind, decoded, int(start), m_in.mid(start, end - start)});
    }

    std::optional<qsizetype> lexAction(qsizetype i, bool &trimNext)
    {
        const qsizetype n = m_in.size();
        int depth = 0;
        while (true) {
            if (i < n && isSpaceChar(m_in.at(i)) && m_in.mid(i + 1, 3) == u"-}}") {
                if (depth > 0)
                    return failAt(i, QStringLiteral("unclosed left paren"));
                add(Tok::RightDelim, i + 2, i + 4);
                trimNext = true;
                return i + 4;
            }
            if (m_in.mid(i, 2) == u"}}") {
                if (depth > 0)
                    return failAt(i, QStringLiteral("unclosed left paren"));
                add(Tok::RightDelim, i, i + 2);
                return i + 2;
            }
            if (i >= n)
                return failAt(i, QStringLiteral("unclosed action"));
            const QChar c = m_in.at(i);
            const qsizetype start = i;
            if (isSpaceChar(c)) {
                while (i < n && isSpaceChar(m_in.at(i)) &&
                       !(m_in.mid(i + 1, 3) == u"-}}" && isSpaceChar(m_in.at(i))))
                    ++i;
                if (i == start) // a lone " -}}" follows
                    continue;
                add(Tok::Space, start, i);
                continue;
            }
            switch (c.unicode()) {
            case '=':
                add(Tok::Assign, i, i + 1);
                ++i;
                continue;
            case ':':
                if (m_in.mid(i, 2) != u":=")
                    return failAt(i, QStringLiteral("expected :="));
                add(Tok::Declare, i, i + 2);
                i += 2;
                continue;
            case '|':
                add(Tok::Pipe, i, i + 1);
                ++i;
                continue;
            case ',':
                add(Tok::Comma, i, i + 1);
                ++i;
                continue;
            case '(':
                ++depth;
                add(Tok::LeftParen, i, i + 1);
                ++i;
                continue;
            case ')':
                if (--depth < 0)
                    return failAt(i, QStringLiteral("unexpected right paren U+0029 ')'"));
                add(Tok::RightParen, i, i + 1);
                ++i;
                continue;
            case '"': {
                ++i;
                while (i < n && m_in.at(i) != u'"') {
                    if (m_in.at(i) == u'\\')
                        ++i;
                    else if (m_in.at(i) == u'\n')
                        return failAt(start, QStringLiteral("unterminated quoted string"));
                    ++i;
                }
                if (i >= n)
                    return failAt(start, QStringLiteral("unterminated quoted string"));
                const std::optional<QString> value =
                    unescape(QStringView(m_in).mid(start + 1, i - start - 1));
                if (!value)
                    return failAt(start, QStringLiteral("invalid syntax in quoted string"));
                ++i;
                add(Tok::String, start, i, *value);
                continue;
            }
            case '`': {
                const qsizetype close = m_in.indexOf(u'`', i + 1);
                if (close < 0)
                    return failAt(start, QStringLiteral("unterminated raw quoted string"));
                i = close + 1;
                add(Tok::String, start, i, m_in.mid(start + 1, close - start - 1));
                continue;
            }
            case '\'': {
                ++i;
                while (i < n && m_in.at(i) != u'\'') {
                    if (m_in.at(i) == u'\\')
                        ++i;
                    ++i;
                }
                if (i >= n)
                    return failAt(start, QStringLiteral("unterminated character constant"));
                const std::optional<QString> value =
                    unescape(QStringView(m_in).mid(start + 1, i - start - 1));
                ++i;
                if (!value || value->toUcs4().size() != 1)
                    return failAt(start, QStringLiteral("malformed character constant"));
                add(Tok::Char, start, i, *value);
                continue;
            }
            case '$':
                ++i;
                while (i < n && isAlnum(m_in.at(i)))
                    ++i;
                add(Tok::Variable, start, i);
                continue;
            case '.':
                if (i + 1 < n && m_in.at(i + 1).isDigit()) {
                    i = lexNumber(i);
                    add(Tok::Number, start, i);
                    continue;
                }
                ++i;
                while (i < n && isAlnum(m_in.at(i)))
                    ++i;
                add(i - start == 1 ? Tok::Dot : Tok::Field, start, i);
                continue;
            default:
                break;
            }
            if (c == u'+' || c == u'-' || c.isDigit()) {
                i = lexNumber(i);
                if (i < n && isAlnum(m_in.at(i)))
                    return failAt(start, QStringLiteral("bad number syntax: %1")
                                             .arg(GoFormat::quote(m_in.mid(start, i + 1 - start))));
                add(Tok::Number, start, i);
                continue;
            }
            if (isAlnum(c)) {
                while (i < n && isAlnum(m_in.at(i)))
                    ++i;
                const QString word = m_in.mid(start, i - start);
                static const QStringList keywords = {
                    QStringLiteral("block"),  QStringLiteral("break"), QStringLiteral("continue"),
                    QStringLiteral("define"), QStringLiteral("else"),  QStringLiteral("end"),
                    QStringLiteral("if"),     QStringLiteral("range"), QStringLiteral("template"),
                    QStringLiteral("with")};
                Tok kind = Tok::Identifier;
                if (keywords.contains(word))
                    kind = Tok::Keyword;
                else if (word == u"true" || word == u"false")
                    kind = Tok::Bool;
                else if (word == u"nil")
                    kind = Tok::Nil;
                add(kind, start, i);
                continue;
            }
            if (c.unicode() < 0x80 && c.isPrint()) {
                add(Tok::Other, i, i + 1);
                ++i;
                continue;
            }
            return failAt(i, QStringLiteral("unrecognized character in action: U+%1 %2")
                                 .arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                                 .arg(GoFormat::quote(QString(c)).replace(u'"', u'\'')));
        }
    }

    qsizetype lexNumber(qsizetype i) const
    {
        const qsizetype n = m_in.size();
        if (i < n && (m_in.at(i) == u'+' || m_in.at(i) == u'-'))
            ++i;
        QString digits = QStringLiteral("0123456789_");
        if (m_in.mid(i, 2).toLower() == u"0x") {
            i += 2;
            digits = QStringLiteral("0123456789abcdefABCDEF_");
        } else if (m_in.mid(i, 2).toLower() == u"0o" || m_in.mid(i, 2).toLower() == u"0b") {
            i += 2;
        }
        while (i < n && digits.contains(m_in.at(i)))
            ++i;
        if (i < n && m_in.at(i) == u'.') {
            ++i;
            while (i < n && digits.contains(m_in.at(i)))
                ++i;
        }
        if (i < n && (m_in.at(i) == u'e' || m_in.at(i) == u'E' || m_in.at(i) == u'p' ||
                      m_in.at(i) == u'P')) {
            ++i;
            if (i < n && (m_in.at(i) == u'+' || m_in.at(i) == u'-'))
                ++i;
            while (i < n && m_in.at(i).isDigit())
                ++i;
        }
        return i;
    }

    std::optional<qsizetype> failAt(qsizetype pos, const QString &message)
    {
        fail(int(pos), message);
        return std::nullopt;
    }

    const QString &m_in;
    QList<Token> m_tokens;
};

} // namespace

// ---- syntax tree ----

struct Pipeline;

struct Number
{
    bool isInt = false;
    bool isFloat = false;
    qint64 intValue = 0;
    double floatValue = 0;
    QString text;
};

struct Operand
{
    enum class Kind { Field, Variable, Identifier, Dot, Nil, Bool, Number, String, Pipe };
    Kind kind = Kind::Dot;
    int pos = 0;
    QString name;       // identifier or variable
    QStringList fields; // the field chain: .A.B
    bool boolValue = false;
    Number number;
    QString stringValue;
    std::shared_ptr<Pipeline> pipe;
};

struct Command
{
    QList<Operand> args;
    int pos = 0;
    int end = 0;
};

struct Pipeline
{
    int pos = 0;
    bool isAssign = false;
    QStringList decl;
    QList<Command> cmds;
};

struct GoTemplate::Node
{
    enum class Kind { List, Text, Action, If, With, Range, Template };
    Kind kind = Kind::List;
    int pos = 0;
    QString text;
    QList<std::shared_ptr<const Node>> children;
    std::shared_ptr<Pipeline> pipe;
    std::shared_ptr<const Node> list;
    std::shared_ptr<const Node> elseList;
};

namespace {

using Node = GoTemplate::Node;
using NodePtr = std::shared_ptr<const Node>;

int lineOf(const QString &text, int pos)
{
    return 1 + int(QStringView(text).left(pos).count(u'\n'));
}

// "NAME:LINE:COL" as Go's ErrorContext writes it (COL is the 0-based byte in the line).
QString locationOf(const QString &name, const QString &text, int pos)
{
    const QStringView before = QStringView(text).left(pos);
    const qsizetype nl = before.lastIndexOf(u'\n');
    const int col = int(before.mid(nl + 1).toUtf8().size());
    return QStringLiteral("%1:%2:%3").arg(name).arg(lineOf(text, pos)).arg(col);
}

class Parser
{
public:
    Parser(const QString &name, const QString &text, QList<Token> tokens)
        : m_name(name)
        , m_text(text)
        , m_tokens(std::move(tokens))
    {}

    Result<NodePtr> run()
    {
        Terminator term = Terminator::Eof;
        NodePtr root = parseList(term);
        if (m_error)
            return *m_error;
        if (term != Terminator::Eof) {
            fail(m_lastDelimPos, term == Terminator::End ? QStringLiteral("unexpected {{end}}")
                                                         : QStringLiteral("unexpected {{else}}"));
            return *m_error;
        }
        return root;
    }

private:
    enum class Terminator { Eof, End, Else };

    void fail(int pos, const QString &message)
    {
        if (!m_error)
            m_error = Error(QStringLiteral("template: %1:%2: %3")
                                .arg(m_name)
                                .arg(lineOf(m_text, pos))
                                .arg(message));
    }

    const Token &peek()
    {
        const Token &t = m_tokens.at(std::min<qsizetype>(m_i, m_tokens.size() - 1));
        if (t.kind == Tok::Error)
            fail(t.pos, t.text);
        return t;
    }
    const Token &next()
    {
        const Token &t = peek();
        ++m_i;
        return t;
    }
    void skipSpace()
    {
        while (peek().kind == Tok::Space)
            ++m_i;
    }
    const Token &peekNonSpace()
    {
        skipSpace();
        return peek();
    }

    bool expectRightDelim(const QString &context)
    {
        const Token &t = peekNonSpace();
        if (t.kind != Tok::RightDelim) {
            fail(t.pos, QStringLiteral("unexpected %1 in %2").arg(describe(t), context));
            return false;
        }
        ++m_i;
        return true;
    }

    NodePtr parseList(Terminator &term)
    {
        auto list = std::make_shared<Node>();
        list->kind = Node::Kind::List;
        while (!m_error) {
            const Token &t = next();
            if (m_error)
                return list;
            if (t.kind == Tok::Eof) {
                term = Terminator::Eof;
                return list;
            }
            if (t.kind == Tok::Text) {
                auto text = std::make_shared<Node>();
                text->kind = Node::Kind::Text;
                text->pos = t.pos;
                text->text = t.text;
                list->children.append(text);
                continue;
            }
            // A left delimiter.
            m_lastDelimPos = t.pos;
            const Token &k = peekNonSpace();
            if (k.kind == Tok::Keyword) {
                if (k.raw == u"end") {
                    ++m_i;
                    if (!expectRightDelim(QStringLiteral("end")))
                        return list;
                    term = Terminator::End;
                    return list;
                }
                if (k.raw == u"else") {
                    ++m_i;
                    term = Terminator::Else;
                    return list;
                }
                if (k.raw == u"if" || k.raw == u"with" || k.raw == u"range") {
                    ++m_i;
                    const Node::Kind kind = k.raw == u"if"     ? Node::Kind::If
                                            : k.raw == u"with" ? Node::Kind::With
                                                               : Node::Kind::Range;
                    list->children.append(parseControl(kind, k.pos));
                    continue;
                }
                if (k.raw == u"template") {
                    // Alert templates define no other templates, so executing one fails, as in
                    // Prometheus; the action still has to be well formed.
                    ++m_i;
                    const Token &nameToken = peekNonSpace();
                    if (nameToken.kind != Tok::String) {
                        fail(nameToken.pos, QStringLiteral("unexpected %1 in template clause")
                                                .arg(describe(nameToken)));
                        return list;
                    }
                    ++m_i;
                    auto node = std::make_shared<Node>();
                    node->kind = Node::Kind::Template;
                    node->pos = t.pos;
                    node->text = nameToken.text;
                    if (peekNonSpace().kind != Tok::RightDelim)
                        node->pipe = parsePipeline(QStringLiteral("template clause"), false,
                                                   Tok::RightDelim);
                    else
                        ++m_i;
                    list->children.append(node);
                    continue;
                }
                fail(k.pos,
                     QStringLiteral("{{%1}} is not supported in alert templates").arg(k.raw));
                return list;
            }
            auto action = std::make_shared<Node>();
            action->kind = Node::Kind::Action;
            action->pos = k.pos;
            action->pipe = parsePipeline(QStringLiteral("command"), false, Tok::RightDelim);
            list->children.append(action);
        }
        return list;
    }

    NodePtr parseControl(Node::Kind kind, int pos)
    {
        const qsizetype scope = m_vars.size();
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->pos = pos;
        const QString context = kind == Node::Kind::If     ? QStringLiteral("if")
                                : kind == Node::Kind::With ? QStringLiteral("with")
                                                           : QStringLiteral("range");
        node->pipe = parsePipeline(context, kind == Node::Kind::Range, Tok::RightDelim);
        if (m_error)
            return node;
        Terminator term = Terminator::Eof;
        node->list = parseList(term);
        if (m_error)
            return node;
        if (term == Terminator::Else) {
            const Token &t = peekNonSpace();
            if (kind == Node::Kind::If && t.kind == Tok::Keyword && t.raw == u"if") {
                // {{else if x}} is {{else}}{{if x}}...{{end}} sharing the outer {{end}}.
                ++m_i;
                auto elseList = std::make_shared<Node>();
                elseList->kind = Node::Kind::List;
                elseList->children.append(parseControl(Node::Kind::If, t.pos));
                node->elseList = elseList;
            } else {
                if (!expectRightDelim(QStringLiteral("else")))
                    return node;
                Terminator elseTerm = Terminator::Eof;
                node->elseList = parseList(elseTerm);
                if (!m_error && elseTerm != Terminator::End)
                    fail(m_lastDelimPos, elseTerm == Terminator::Eof
                                             ? QStringLiteral("unexpected EOF")
                                             : QStringLiteral("expected end; found {{else}}"));
            }
        } else if (term != Terminator::End) {
            fail(int(m_text.size()), QStringLiteral("unexpected EOF"));
        }
        m_vars.resize(scope);
        return node;
    }

    std::shared_ptr<Pipeline> parsePipeline(const QString &context, bool rangeDecl, Tok end)
    {
        auto pipe = std::make_shared<Pipeline>();
        const Token &first = peekNonSpace();
        pipe->pos = first.pos;
        // Declarations: $x := ..., $x = ..., and in range $i, $e := ...
        if (first.kind == Tok::Variable) {
            const qsizetype save = m_i;
            ++m_i;
            QStringList names = {first.raw};
            const Token *t = &peekNonSpace();
            if (rangeDecl && t->kind == Tok::Comma) {
                ++m_i;
                const Token &second = peekNonSpace();
                if (second.kind != Tok::Variable) {
                    fail(second.pos, QStringLiteral("range can only initialize variables"));
                    return pipe;
                }
                ++m_i;
                names << second.raw;
                t = &peekNonSpace();
                if (t->kind != Tok::Declare && t->kind != Tok::Assign) {
                    fail(t->pos, QStringLiteral("expected := or = in range"));
                    return pipe;
                }
            }
            if (t->kind == Tok::Declare || t->kind == Tok::Assign) {
                pipe->isAssign = t->kind == Tok::Assign;
                ++m_i;
                for (const QString &v : std::as_const(names)) {
                    if (pipe->isAssign && !m_vars.contains(v)) {
                        fail(first.pos,
                             QStringLiteral("undefined variable %1").arg(GoFormat::quote(v)));
                        return pipe;
                    }
                }
                pipe->decl = names;
                if (!pipe->isAssign)
                    m_vars.append(names);
            } else {
                m_i = save;
            }
        }
        while (!m_error) {
            const Token &t = peekNonSpace();
            if (t.kind == end) {
                ++m_i;
                if (pipe->cmds.isEmpty())
                    fail(t.pos, QStringLiteral("missing value for %1").arg(context));
                return pipe;
            }
            Command cmd = parseCommand(end);
            if (m_error)
                return pipe;
            pipe->cmds.append(cmd);
            const Token &after = peekNonSpace();
            if (after.kind == Tok::Pipe) {
                ++m_i;
                continue;
            }
            if (after.kind != end) {
                fail(after.pos,
                     QStringLiteral("unexpected %1 in %2").arg(describe(after), context));
                return pipe;
            }
        }
        return pipe;
    }

    Command parseCommand(Tok end)
    {
        Command cmd;
        cmd.pos = peekNonSpace().pos;
        while (!m_error) {
            const Token &t = peekNonSpace();
            if (t.kind == end || t.kind == Tok::Pipe)
                break;
            std::optional<Operand> op = parseOperand();
            if (!op) {
                if (!m_error)
                    fail(t.pos, QStringLiteral("unexpected %1 in operand").arg(describe(t)));
                break;
            }
            cmd.args.append(*op);
            cmd.end = m_i > 0 ? m_tokens.at(m_i - 1).pos + int(m_tokens.at(m_i - 1).raw.size()) : 0;
            const Token &after = peek();
            if (after.kind != Tok::Space && after.kind != end && after.kind != Tok::Pipe) {
                fail(after.pos, QStringLiteral("missing space?"));
                break;
            }
        }
        if (!m_error && cmd.args.isEmpty())
            fail(cmd.pos, QStringLiteral("empty command"));
        return cmd;
    }

    std::optional<Number> parseNumber(const Token &t, bool isChar)
    {
        Number n;
        n.text = t.raw;
        if (isChar) {
            n.isInt = true;
            n.intValue = t.text.toUcs4().value(0);
            n.isFloat = true;
            n.floatValue = double(n.intValue);
            return n;
        }
        QString text = t.raw;
        text.remove(u'_');
        bool ok = false;
        const qint64 i = text.toLongLong(&ok, 0);
        if (ok && !text.contains(u'.') && !text.contains(u'e') && !text.contains(u'E')) {
            n.isInt = true;
            n.intValue = i;
            n.isFloat = true;
            n.floatValue = double(i);
            return n;
        }
        const double f = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        n.isFloat = true;
        n.floatValue = f;
        if (f == double(qint64(f)) && std::abs(f) < 9.2e18) {
            n.isInt = true;
            n.intValue = qint64(f);
        }
        return n;
    }

    std::optional<Operand> parseOperand()
    {
        std::optional<Operand> op = parseTerm();
        if (!op)
            return op;
        while (peek().kind == Tok::Field) {
            const Token &f = next();
            switch (op->kind) {
            case Operand::Kind::Bool:
            case Operand::Kind::String:
            case Operand::Kind::Number:
            case Operand::Kind::Nil:
            case Operand::Kind::Dot:
                fail(f.pos,
                     QStringLiteral("unexpected . after term %1").arg(GoFormat::quote(f.raw)));
                return std::nullopt;
            default:
                op->fields << f.raw.mid(1);
            }
        }
        return op;
    }

    std::optional<Operand> parseTerm()
    {
        const Token &t = peek();
        Operand op;
        op.pos = t.pos;
        switch (t.kind) {
        case Tok::Identifier:
            if (!TemplateFunctions::find(t.raw)) {
                fail(t.pos, QStringLiteral("function %1 not defined").arg(GoFormat::quote(t.raw)));
                return std::nullopt;
            }
            op.kind = Operand::Kind::Identifier;
            op.name = t.raw;
            break;
        case Tok::Dot:
            op.kind = Operand::Kind::Dot;
            break;
        case Tok::Nil:
            op.kind = Operand::Kind::Nil;
            break;
        case Tok::Variable:
            if (!m_vars.contains(t.raw)) {
                fail(t.pos, QStringLiteral("undefined variable %1").arg(GoFormat::quote(t.raw)));
                return std::nullopt;
            }
            op.kind = Operand::Kind::Variable;
            op.name = t.raw;
            break;
        case Tok::Field:
            op.kind = Operand::Kind::Field;
            op.fields << t.raw.mid(1);
            break;
        case Tok::Bool:
            op.kind = Operand::Kind::Bool;
            op.boolValue = t.raw == u"true";
            break;
        case Tok::Number:
        case Tok::Char: {
            const std::optional<Number> n = parseNumber(t, t.kind == Tok::Char);
            if (!n) {
                fail(t.pos,
                     QStringLiteral("illegal number syntax: %1").arg(GoFormat::quote(t.raw)));
                return std::nullopt;
            }
            op.kind = Operand::Kind::Number;
            op.number = *n;
            break;
        }
        case Tok::String:
            op.kind = Operand::Kind::String;
            op.stringValue = t.text;
            break;
        case Tok::LeftParen: {
            ++m_i;
            op.kind = Operand::Kind::Pipe;
            op.pipe =
                parsePipeline(QStringLiteral("parenthesized pipeline"), false, Tok::RightParen);
            if (m_error)
                return std::nullopt;
            return op;
        }
        default:
            return std::nullopt;
        }
        ++m_i;
        return op;
    }

    QString m_name;
    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_i = 0;
    int m_lastDelimPos = 0;
    QStringList m_vars = {QStringLiteral("$")};
    std::optional<Error> m_error;
};

// ---- execution ----

class Executor
{
public:
    Executor(const QString &name, const QString &text, const TemplateEnvironment &env)
        : m_name(name)
        , m_text(text)
        , m_env(env)
    {}

    Result<QString> run(const TemplateValue &dot, const Node &root)
    {
        m_vars.append({QStringLiteral("$"), dot});
        walk(dot, root);
        if (m_error)
            return *m_error;
        return m_out;
    }

private:
    void fail(int pos, const QString &context, const QString &message)
    {
        if (m_error)
            return;
        m_error = Error(
            QStringLiteral("template: %1: executing %2 at <%3>: %4")
                .arg(locationOf(m_name, m_text, pos), GoFormat::quote(m_name), context, message));
    }

    QString commandText(const Command &cmd) const
    {
        return m_text.mid(cmd.pos, cmd.end - cmd.pos).trimmed();
    }

    void walk(const TemplateValue &dot, const Node &node)
    {
        if (m_error)
            return;
        switch (node.kind) {
        case Node::Kind::List:
            for (const NodePtr &child : node.children) {
                walk(dot, *child);
                if (m_error)
                    return;
            }
            return;
        case Node::Kind::Text:
            m_out += node.text;
            return;
        case Node::Kind::Action: {
            const TemplateValue v = evalPipeline(dot, *node.pipe);
            if (!m_error && node.pipe->decl.isEmpty())
                m_out += v.print();
            return;
        }
        case Node::Kind::If:
        case Node::Kind::With: {
            const qsizetype scope = m_vars.size();
            const TemplateValue v = evalPipeline(dot, *node.pipe);
            if (m_error)
                return;
            if (v.isTrue())
                walk(node.kind == Node::Kind::With ? v : dot, *node.list);
            else if (node.elseList)
                walk(dot, *node.elseList);
            m_vars.resize(scope);
            return;
        }
        case Node::Kind::Range:
            walkRange(dot, node);
            return;
        case Node::Kind::Template:
            fail(node.pos, QStringLiteral("{{template %1}}").arg(GoFormat::quote(node.text)),
                 QStringLiteral("template %1 not defined").arg(GoFormat::quote(node.text)));
            return;
        }
    }

    void walkRange(const TemplateValue &dot, const Node &node)
    {
        const qsizetype scope = m_vars.size();
        // The range variables are set per element, not to the pipeline's value.
        Pipeline pipe = *node.pipe;
        const QStringList decl = pipe.decl;
        pipe.decl.clear();
        const TemplateValue v = evalPipeline(dot, pipe);
        if (m_error)
            return;
        const int pipePos = pipe.cmds.isEmpty() ? node.pos : pipe.cmds.first().pos;
        const QString pipeText = pipe.cmds.isEmpty() ? QString() : commandText(pipe.cmds.last());
        const auto iteration = [&](const TemplateValue &key, const TemplateValue &elem) {
            if (decl.size() == 1)
                m_vars.append({decl[0], elem});
            else if (decl.size() == 2) {
                m_vars.append({decl[0], key});
                m_vars.append({decl[1], elem});
            }
            walk(elem, *node.list);
            m_vars.resize(scope);
        };
        bool any = false;
        if (v.type() == TemplateValue::Type::Map) {
            const auto &map = v.toMap();
            for (auto it = map.begin(); it != map.end() && !m_error; ++it) {
                any = true;
                iteration(TemplateValue(it.key()), it.value());
            }
        } else if (v.type() == TemplateValue::Type::List) {
            const auto &list = v.toList();
            for (qsizetype i = 0; i < list.size() && !m_error; ++i) {
                any = true;
                iteration(TemplateValue(qint64(i)), list.at(i));
            }
        } else if (v.isValid() && v.type() != TemplateValue::Type::Nil) {
            fail(pipePos, pipeText, QStringLiteral("range can't iterate over %1").arg(v.print()));
            return;
        }
        if (!any && node.elseList && !m_error)
            walk(dot, *node.elseList);
        m_vars.resize(scope);
    }

    TemplateValue variable(const QString &name) const
    {
        for (qsizetype i = m_vars.size() - 1; i >= 0; --i) {
            if (m_vars.at(i).first == name)
                return m_vars.at(i).second;
        }
        return {};
    }

    void setVariable(const QString &name, const TemplateValue &value)
    {
        for (qsizetype i = m_vars.size() - 1; i >= 0; --i) {
            if (m_vars.at(i).first == name) {
                m_vars[i].second = value;
                return;
            }
        }
    }

    TemplateValue evalPipeline(const TemplateValue &dot, const Pipeline &pipe)
    {
        TemplateValue value;
        bool hasFinal = false;
        for (const Command &cmd : pipe.cmds) {
            value = evalCommand(dot, cmd, hasFinal ? &value : nullptr);
            hasFinal = true;
            if (m_error)
                return {};
        }
        for (const QString &name : pipe.decl) {
            if (pipe.isAssign)
                setVariable(name, value);
            else
                m_vars.append({name, value});
        }
        return value;
    }

    TemplateValue evalCommand(const TemplateValue &dot, const Command &cmd,
                              const TemplateValue *final)
    {
        const Operand &first = cmd.args.first();
        if (first.kind == Operand::Kind::Identifier && first.fields.isEmpty())
            return callFunction(dot, first.name, cmd, final);
        if (cmd.args.size() > 1 || final) {
            fail(first.pos, commandText(cmd),
                 QStringLiteral("can't give argument to non-function %1")
                     .arg(commandText(cmd).section(u' ', 0, 0)));
            return {};
        }
        if (first.kind == Operand::Kind::Nil) {
            fail(first.pos, commandText(cmd), QStringLiteral("nil is not a command"));
            return {};
        }
        return evalArg(dot, first, cmd);
    }

    TemplateValue evalArg(const TemplateValue &dot, const Operand &op, const Command &cmd)
    {
        TemplateValue base;
        switch (op.kind) {
        case Operand::Kind::Dot:
            return dot;
        case Operand::Kind::Nil:
            return TemplateValue::nil();
        case Operand::Kind::Bool:
            return TemplateValue(op.boolValue);
        case Operand::Kind::String:
            return TemplateValue(op.stringValue);
        case Operand::Kind::Number:
            // Go's ideal constants: a float when written with '.', 'e' or 'p', else an int.
            if (op.number.isFloat &&
                (op.number.text.contains(u'.') || op.number.text.contains(u'e') ||
                 op.number.text.contains(u'E')) &&
                !op.number.text.startsWith(QStringLiteral("0x")) &&
                !op.number.text.startsWith(u'\''))
                return TemplateValue(op.number.floatValue);
            return TemplateValue(op.number.intValue);
        case Operand::Kind::Field:
            base = dot;
            break;
        case Operand::Kind::Variable:
            base = variable(op.name);
            break;
        case Operand::Kind::Identifier: {
            Command sub;
            sub.args = {op};
            sub.pos = op.pos;
            sub.end = op.pos + int(op.name.size());
            base = callFunction(dot, op.name, sub, nullptr);
            if (m_error)
                return {};
            break;
        }
        case Operand::Kind::Pipe:
            base = evalPipeline(dot, *op.pipe);
            if (m_error)
                return {};
            break;
        }
        for (const QString &field : op.fields) {
            base = evalField(base, field, op.pos, cmd);
            if (m_error)
                return {};
        }
        return base;
    }

    TemplateValue evalField(const TemplateValue &receiver, const QString &field, int pos,
                            const Command &cmd)
    {
        using T = TemplateValue::Type;
        switch (receiver.type()) {
        case T::Map: {
            const auto &map = receiver.toMap();
            auto it = map.find(field);
            if (it != map.end())
                return *it;
            // missingkey=zero: the element type's zero value.
            return receiver.goTypeName() == u"map[string]string" ? TemplateValue("")
                                                                 : TemplateValue::nil();
        }
        case T::Struct:
            for (const auto &f : receiver.fields()) {
                if (f.first == field)
                    return f.second;
            }
            break;
        case T::Sample:
            if (field == u"Labels")
                return TemplateValue::fromStringMap(receiver.toSample().labels);
            if (field == u"Value")
                return TemplateValue(receiver.toSample().value);
            break;
        case T::Nil:
        case T::Invalid:
            fail(pos, commandText(cmd),
                 QStringLiteral("nil pointer evaluating interface {}.%1").arg(field));
            return {};
        default:
            break;
        }
        fail(
            pos, commandText(cmd),
            QStringLiteral("can't evaluate field %1 in type %2").arg(field, receiver.goTypeName()));
        return {};
    }

    TemplateValue callFunction(const TemplateValue &dot, const QString &name, const Command &cmd,
                               const TemplateValue *final)
    {
        const TemplateFunctions::Entry *entry = TemplateFunctions::find(name);
        const int argc = int(cmd.args.size()) - 1 + (final ? 1 : 0);
        const int pos = cmd.args.first().pos;
        if (argc < entry->minArgs || (entry->maxArgs >= 0 && argc > entry->maxArgs)) {
            const QString want = entry->maxArgs < 0
                                     ? QStringLiteral("at least %1").arg(entry->minArgs)
                                     : QString::number(entry->minArgs);
            fail(pos, commandText(cmd),
                 QStringLiteral("wrong number of args for %1: want %2 got %3")
                     .arg(name, want)
                     .arg(argc));
            return {};
        }
        if (!entry->function) {
            // and / or: evaluate lazily, return the deciding argument.
            const bool isAnd = name == u"and";
            TemplateValue v;
            for (int i = 1; i <= argc; ++i) {
                v = (i < cmd.args.size()) ? evalArg(dot, cmd.args.at(i), cmd) : *final;
                if (m_error)
                    return {};
                if (v.isTrue() != isAnd)
                    return v;
            }
            return v;
        }
        QList<TemplateValue> args;
        for (qsizetype i = 1; i < cmd.args.size(); ++i) {
            args.append(evalArg(dot, cmd.args.at(i), cmd));
            if (m_error)
                return {};
        }
        if (final)
            args.append(*final);
        const Result<TemplateValue> r = entry->function(args, m_env);
        if (!r) {
            fail(pos, commandText(cmd),
                 QStringLiteral("error calling %1: %2").arg(name, r.error().message));
            return {};
        }
        return r.value();
    }

    const QString &m_name;
    const QString &m_text;
    const TemplateEnvironment &m_env;
    QList<QPair<QString, TemplateValue>> m_vars;
    QString m_out;
    std::optional<Error> m_error;
};

} // namespace

Result<GoTemplate> GoTemplate::parse(const QString &text, const QString &name)
{
    Lexer lexer(text);
    lexer.run();
    Parser parser(name, text, lexer.tokens());
    Result<NodePtr> root = parser.run();
    if (!root)
        return root.error();
    GoTemplate t;
    t.m_name = name;
    t.m_text = text;
    t.m_root = root.value();
    return t;
}

Result<QString> GoTemplate::execute(const TemplateValue &dot, const TemplateEnvironment &env) const
{
    Executor executor(m_name, m_text, env);
    return executor.run(dot, *m_root);
}

} // namespace Wk
