#include "models/promql/lexer.h"

#include <QTest>

using namespace Wk;
using namespace Wk::Promql;

namespace {

QString kindName(TokenKind k)
{
    switch (k) {
    case TokenKind::End:
        return QStringLiteral("END");
    case TokenKind::Identifier:
        return QStringLiteral("ID");
    case TokenKind::MetricIdentifier:
        return QStringLiteral("MID");
    case TokenKind::Number:
        return QStringLiteral("NUM");
    case TokenKind::Duration:
        return QStringLiteral("DUR");
    case TokenKind::String:
        return QStringLiteral("STR");
    default:
        return QStringLiteral("OP");
    }
}

// "KIND:text" per token, END omitted; strings show their decoded value.
QString describeTokens(const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens) {
        if (t.kind == TokenKind::End)
            break;
        out << kindName(t.kind) + u':' + (t.kind == TokenKind::String ? t.value : t.text);
    }
    return out.join(u' ');
}

} // namespace

class TestPromqlLexer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("selector") << "up{job=\"api\"}"
                                  << "ID:up OP:{ ID:job OP:= STR:api OP:}";
        QTest::newRow("colon-metric") << "job:rate:5m"
                                      << "MID:job:rate:5m";
        QTest::newRow("durations") << "x[1h30m:10s]"
                                   << "ID:x OP:[ DUR:1h30m OP:: DUR:10s OP:]";
        QTest::newRow("milliseconds") << "5ms"
                                      << "DUR:5ms";
        QTest::newRow("float-exponent") << "1.5e3 .2 2. 12.34e-6"
                                        << "NUM:1.5e3 NUM:.2 NUM:2. NUM:12.34e-6";
        QTest::newRow("hex") << "0x1F"
                             << "NUM:0x1F";
        QTest::newRow("inf-nan-any-case") << "inF NaN +Inf"
                                          << "NUM:inF NUM:NaN OP:+ NUM:Inf";
        QTest::newRow("operators") << "a==b!=c>=d<=e=~f!~g^h%i"
                                   << "ID:a OP:== ID:b OP:!= ID:c OP:>= ID:d OP:<= ID:e OP:=~ "
                                      "ID:f OP:!~ ID:g OP:^ ID:h OP:% ID:i";
        QTest::newRow("escapes") << "\"a\\n\\\"b\\x41\\u00e9\""
                                 << "STR:a\n\"bAé";
        QTest::newRow("single-quoted") << "'it\\'s'"
                                       << "STR:it's";
        QTest::newRow("raw-string") << "`a\\b`"
                                    << "STR:a\\b";
        QTest::newRow("comment") << "sum(x) # total\n+ 1"
                                 << "ID:sum OP:( ID:x OP:) OP:+ NUM:1";
        QTest::newRow("keywords-are-identifiers") << "a AND ON (b) c"
                                                  << "ID:a ID:AND ID:ON OP:( ID:b OP:) ID:c";
        QTest::newRow("at") << "x @ 100"
                            << "ID:x OP:@ NUM:100";
    }
    void tokens()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Lexer lexer(input);
        const Result<QList<Token>> r = lexer.tokenize();
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(describeTokens(r.value()), expected);
    }

    void positions()
    {
        Lexer lexer(QStringLiteral("sum(\n  rate(x[5m]))"));
        const Result<QList<Token>> r = lexer.tokenize();
        QVERIFY(r.ok());
        const Token &rate = r.value().at(2);
        QCOMPARE(rate.text, QStringLiteral("rate"));
        const TextPosition p = Lexer::position(QStringLiteral("sum(\n  rate(x[5m]))"), rate.pos);
        QCOMPARE(p.line, 2);
        QCOMPARE(p.column, 3);
    }

    void invalidUtf8Escape()
    {
        Lexer lexer(QStringLiteral("\"a\\xc5z\""));
        const Result<QList<Token>> r = lexer.tokenize();
        QVERIFY(r.ok());
        QVERIFY(!r.value().first().validUtf8);
        Lexer valid(QStringLiteral("\"\\xc3\\xa9\""));
        const Result<QList<Token>> v = valid.tokenize();
        QVERIFY(v.ok());
        QVERIFY(v.value().first().validUtf8);
        QCOMPARE(v.value().first().value, QStringLiteral("é"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated") << "foo{a=\"b}"
                                      << "1:7: unterminated quoted string";
        QTest::newRow("newline-in-string") << "x{a=\"b\nc\"}"
                                           << "1:5: unterminated quoted string";
        QTest::newRow("bad-escape") << "\"a\\qb\""
                                    << "1:3: unknown escape sequence '\\q'";
        QTest::newRow("bang") << "a ! b"
                              << "1:3: unexpected character after '!': ' '";
        QTest::newRow("bad-char") << "a $ b"
                                  << "1:3: unexpected character: '$'";
        QTest::newRow("bad-number") << "1.5m"
                                    << "1:1: bad number or duration syntax: \"1.5m\"";
        QTest::newRow("second-line") << "sum(x)\n  + 1y2q"
                                     << "2:5: bad number or duration syntax: \"1y2q\"";
        QTest::newRow("unit-order") << "x[1m1h]"
                                    << "1:3: bad duration syntax: \"1m1h\"";
    }
    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Lexer lexer(input);
        const Result<QList<Token>> r = lexer.tokenize();
        QVERIFY(!r.ok());
        const Error &e = r.error();
        QCOMPARE(QStringLiteral("%1:%2: %3").arg(e.pos.line).arg(e.pos.column).arg(e.message),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestPromqlLexer)
#include "tst_promqllexer.moc"
