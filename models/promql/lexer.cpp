#include "lexer.h"

#include "models/core/duration.h"

#include <QCoreApplication>

namespace Wk::Promql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::Promql::Lexer", text);
}

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAlphaNumeric(QChar c)
{
    return isAlpha(c) || isDigit(c);
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - '0';
    return c.toLower().unicode() - 'a' + 10;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    const QString s = QString::fromUcs4(&cp, 1);
    out += s.toUtf8();
}

// Strict UTF-8 validation: the byte sequences Go accepts as valid strings.
bool isValidUtf8(const QByteArray &b)
{
    int i = 0;
    const int n = int(b.size());
    while (i < n) {
        const unsigned char c = uchar(b[i]);
        int len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = uchar(b[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

// One duration group after the digits: the longest unit that matches.
int unitLength(QStringView s)
{
    if (s.startsWith(u"ms"))
        return 2;
    if (!s.isEmpty()) {
        const QChar c = s[0];
        if (c == u's' || c == u'm' || c == u'h' || c == u'd' || c == u'w' || c == u'y')
            return 1;
    }
    return 0;
}

} // namespace

Lexer::Lexer(QString input)
    : m_input(std::move(input))
{}

TextPosition Lexer::position(QStringView text, int offset)
{
    TextPosition p;
    p.line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == u'\n') {
            ++p.line;
            lineStart = i + 1;
        }
    }
    p.column = offset - lineStart + 1;
    return p;
}

QString Lexer::describe(const Token &token)
{
    switch (token.kind) {
    case TokenKind::End:
        return tr("end of input");
    case TokenKind::Identifier:
    case TokenKind::MetricIdentifier:
        return tr("identifier \"%1\"").arg(token.text);
    case TokenKind::Number:
        return tr("number \"%1\"").arg(token.text);
    case TokenKind::Duration:
        return tr("duration \"%1\"").arg(token.text);
    case TokenKind::String:
        return tr("string %1").arg(token.text);
    default:
        return u'\'' + token.text + u'\'';
    }
}

Error Lexer::error(int offset, const QString &message) const
{
    return Error(message, {}, position(m_input, offset));
}

bool Lexer::lexNumberOrDuration(Token &t, Error &err)
{
    const int start = m_pos;
    const int n = int(m_input.size());
    auto at = [&](int i) { return i < n ? m_input[i] : QChar(); };

    // A number: hex, or decimal with fraction and exponent, not followed by a letter.
    int i = start;
    if (at(i) == u'0' && (at(i + 1) == u'x' || at(i + 1) == u'X')) {
        i += 2;
        while (isHexDigit(at(i)))
            ++i;
    } else {
        while (isDigit(at(i)))
            ++i;
        if (at(i) == u'.') {
            ++i;
            while (isDigit(at(i)))
                ++i;
        }
        if (at(i) == u'e' || at(i) == u'E') {
            ++i;
            if (at(i) == u'+' || at(i) == u'-')
                ++i;
            while (isDigit(at(i)))
                ++i;
        }
    }
    if (!isAlphaNumeric(at(i)) && at(i) != u'.') {
        t.kind = TokenKind::Number;
        t.pos = start;
        t.length = i - start;
        t.text = m_input.mid(start, i - start);
        m_pos = i;
        return true;
    }

    // A duration: one or more groups of digits and a unit.
    i = start;
    int groups = 0;
    while (isDigit(at(i))) {
        while (isDigit(at(i)))
            ++i;
        const int u = unitLength(QStringView(m_input).mid(i));
        if (u == 0)
            break;
        i += u;
        ++groups;
    }
    if (groups > 0 && !isAlphaNumeric(at(i)) && at(i) != u'.') {
        const QString text = m_input.mid(start, i - start);
        const Result<qint64> d = parseDuration(text);
        if (!d) {
            err = error(start, tr("bad duration syntax: \"%1\"").arg(text));
            return false;
        }
        t.kind = TokenKind::Duration;
        t.pos = start;
        t.length = i - start;
        t.text = text;
        m_pos = i;
        return true;
    }
    int end = start;
    while (isAlphaNumeric(at(end)) || at(end) == u'.')
        ++end;
    err = error(start,
                tr("bad number or duration syntax: \"%1\"").arg(m_input.mid(start, end - start)));
    return false;
}

bool Lexer::lexString(Token &t, Error &err)
{
    const int start = m_pos;
    const QChar quote = m_input[m_pos];
    const int n = int(m_input.size());
    QByteArray bytes;
    int i = m_pos + 1;
    if (quote == u'`') {
        while (i < n && m_input[i] != u'`')
            ++i;
        if (i >= n) {
            err = error(start, tr("unterminated raw string"));
            return false;
        }
        bytes = m_input.mid(start + 1, i - start - 1).toUtf8();
        ++i;
    } else {
        for (;;) {
            if (i >= n || m_input[i] == u'\n') {
                err = error(start, tr("unterminated quoted string"));
                return false;
            }
            const QChar c = m_input[i];
            if (c == quote) {
                ++i;
                break;
            }
            if (c != u'\\') {
                // Copy a run of plain characters (surrogate pairs stay together).
                int j = i;
                while (j < n && m_input[j] != quote && m_input[j] != u'\\' && m_input[j] != u'\n')
                    ++j;
                bytes += m_input.mid(i, j - i).toUtf8();
                i = j;
                continue;
            }
            // An escape sequence.
            const int escPos = i;
            ++i;
            if (i >= n) {
                err = error(escPos, tr("unterminated quoted string"));
                return false;
            }
            const QChar e = m_input[i];
            ++i;
            switch (e.unicode()) {
            case 'a':
                bytes += '\a';
                break;
            case 'b':
                bytes += '\b';
                break;
            case 'f':
                bytes += '\f';
                break;
            case 'n':
                bytes += '\n';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'v':
                bytes += '\v';
                break;
            case '\\':
                bytes += '\\';
                break;
            case '"':
                bytes += '"';
                break;
            case '\'':
                bytes += '\'';
                break;
            case 'x':
            case 'u':
            case 'U': {
                const int digits = e == u'x' ? 2 : (e == u'u' ? 4 : 8);
                char32_t v = 0;
                for (int k = 0; k < digits; ++k) {
                    if (i >= n || !isHexDigit(m_input[i])) {
                        err = error(escPos, tr("illegal character in escape sequence"));
                        return false;
                    }
                    v = v * 16 + char32_t(hexValue(m_input[i]));
                    ++i;
                }
                if (e == u'x') {
                    bytes += char(v);
                } else {
                    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                        err = error(escPos, tr("escape sequence is an invalid Unicode code point"));
                        return false;
                    }
                    appendUtf8(bytes, v);
                }
                break;
            }
            default:
                if (e >= u'0' && e <= u'7') {
                    int v = e.unicode() - '0';
                    for (int k = 0; k < 2; ++k) {
                        if (i >= n || m_input[i] < u'0' || m_input[i] > u'7') {
                            err = error(escPos, tr("illegal character in escape sequence"));
                            return false;
                        }
                        v = v * 8 + (m_input[i].unicode() - '0');
                        ++i;
                    }
                    if (v > 255) {
                        err = error(escPos, tr("octal escape value > 255"));
                        return false;
                    }
                    bytes += char(v);
                } else {
                    err = error(escPos, tr("unknown escape sequence '\\%1'").arg(e));
                    return false;
                }
            }
        }
    }
    t.kind = TokenKind::String;
    t.pos = start;
    t.length = i - start;
    t.text = m_input.mid(start, i - start);
    t.validUtf8 = isValidUtf8(bytes);
    t.value = QString::fromUtf8(bytes);
    m_pos = i;
    return true;
}

Result<QList<Token>> Lexer::tokenize()
{
    QList<Token> tokens;
    const int n = int(m_input.size());
    int braceDepth = 0;
    int bracketDepth = 0;
    m_pos = 0;
    while (true) {
        while (m_pos < n && (m_input[m_pos].isSpace()))
            ++m_pos;
        if (m_pos < n && m_input[m_pos] == u'#') {
            while (m_pos < n && m_input[m_pos] != u'\n')
                ++m_pos;
            continue;
        }
        Token t;
        t.pos = m_pos;
        if (m_pos >= n) {
            t.kind = TokenKind::End;
            tokens.append(t);
            return tokens;
        }
        const QChar c = m_input[m_pos];
        const QChar next = m_pos + 1 < n ? m_input[m_pos + 1] : QChar();
        auto single = [&](TokenKind k, int len = 1) {
            t.kind = k;
            t.length = len;
            t.text = m_input.mid(m_pos, len);
            m_pos += len;
        };
        Error err;
        if (isDigit(c) || (c == u'.' && isDigit(next))) {
            if (!lexNumberOrDuration(t, err))
                return err;
        } else if (c == u'"' || c == u'\'' || c == u'`') {
            if (!lexString(t, err))
                return err;
        } else if (isAlpha(c) || (c == u':' && bracketDepth == 0 && braceDepth == 0)) {
            int i = m_pos;
            bool colon = false;
            while (i < n && (isAlphaNumeric(m_input[i]) ||
                             (m_input[i] == u':' && braceDepth == 0 && bracketDepth == 0))) {
                colon = colon || m_input[i] == u':';
                ++i;
            }
            t.length = i - m_pos;
            t.text = m_input.mid(m_pos, t.length);
            m_pos = i;
            const QString lower = t.text.toLower();
            if (braceDepth == 0 && (lower == u"inf" || lower == u"nan"))
                t.kind = TokenKind::Number;
            else
                t.kind = colon ? TokenKind::MetricIdentifier : TokenKind::Identifier;
        } else {
            switch (c.unicode()) {
            case '(':
                single(TokenKind::LeftParen);
                break;
            case ')':
                single(TokenKind::RightParen);
                break;
            case '{':
                ++braceDepth;
                single(TokenKind::LeftBrace);
                break;
            case '}':
                braceDepth = std::max(0, braceDepth - 1);
                single(TokenKind::RightBrace);
                break;
            case '[':
                ++bracketDepth;
                single(TokenKind::LeftBracket);
                break;
            case ']':
                bracketDepth = std::max(0, bracketDepth - 1);
                single(TokenKind::RightBracket);
                break;
            case ',':
                single(TokenKind::Comma);
                break;
            case ':':
                single(TokenKind::Colon);
                break;
            case '@':
                single(TokenKind::At);
                break;
            case '+':
                single(TokenKind::Add);
                break;
            case '-':
                single(TokenKind::Sub);
                break;
            case '*':
                single(TokenKind::Mul);
                break;
            case '/':
                single(TokenKind::Div);
                break;
            case '%':
                single(TokenKind::Mod);
                break;
            case '^':
                single(TokenKind::Pow);
                break;
            case '=':
                if (next == u'=')
                    single(TokenKind::Eql, 2);
                else if (next == u'~')
                    single(TokenKind::EqlRegex, 2);
                else
                    single(TokenKind::Assign);
                break;
            case '!':
                if (next == u'=')
                    single(TokenKind::Neq, 2);
                else if (next == u'~')
                    single(TokenKind::NeqRegex, 2);
                else
                    return error(m_pos, tr("unexpected character after '!': '%1'")
                                            .arg(next.isNull() ? QStringLiteral("end of input")
                                                               : QString(next)));
                break;
            case '>':
                if (next == u'=')
                    single(TokenKind::Gte, 2);
                else
                    single(TokenKind::Gtr);
                break;
            case '<':
                if (next == u'=')
                    single(TokenKind::Lte, 2);
                else
                    single(TokenKind::Lss);
                break;
            default:
                return error(m_pos, tr("unexpected character: '%1'").arg(c));
            }
        }
        tokens.append(t);
    }
}

} // namespace Wk::Promql
