#include "models/promql/functions.h"
#include "models/promql/parser.h"

#include <QTest>

using namespace Wk;
using namespace Wk::Promql;

class TestPromqlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Valid expressions and their canonical form, which shows how they were grouped.
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("number") << "1.5e3"
                                << "1500";
        QTest::newRow("hex") << "0x10"
                             << "16";
        QTest::newRow("octal-like") << "010"
                                    << "8";
        QTest::newRow("negative-literal") << "-1"
                                          << "-1";
        QTest::newRow("precedence") << "1 + 2 * 3"
                                    << "1 + 2 * 3";
        QTest::newRow("power-right-assoc") << "2 ^ 3 ^ 2"
                                           << "2 ^ 3 ^ 2";
        QTest::newRow("unary-binds-below-power") << "-2 ^ 2"
                                                 << "-2 ^ 2";
        QTest::newRow("selector") << "http_requests_total{job=\"api\",code=~\"5..\"}"
                                  << "http_requests_total{job=\"api\", code=~\"5..\"}";
        QTest::newRow("name-only-matchers") << "{__name__=~\"up|down\"}"
                                            << "{__name__=~\"up|down\"}";
        QTest::newRow("range-offset-at") << "rate(x[5m] offset 1h @ 100)"
                                         << "rate(x[5m] offset 1h @ 100.000)";
        QTest::newRow("at-before-offset") << "x @ start() offset -5m"
                                          << "x offset -5m @ start()";
        QTest::newRow("number-durations") << "x[100] offset 50"
                                          << "x[1m40s] offset 50s";
        QTest::newRow("subquery") << "max_over_time(rate(x[1m])[1h:5m])"
                                  << "max_over_time(rate(x[1m])[1h:5m])";
        QTest::newRow("subquery-default-step") << "min_over_time(x[5m:])"
                                               << "min_over_time(x[5m:])";
        QTest::newRow("aggregation-by-before") << "sum by (job, le) (x)"
                                               << "sum by (job, le) (x)";
        QTest::newRow("aggregation-by-after") << "SUM(x) BY (job)"
                                              << "sum by (job) (x)";
        QTest::newRow("aggregation-without") << "avg without (instance) (x)"
                                             << "avg without (instance) (x)";
        QTest::newRow("topk") << "topk(3, x)"
                              << "topk(3, x)";
        QTest::newRow("count-values") << "count_values(\"version\", build_info)"
                                      << "count_values(\"version\", build_info)";
        QTest::newRow("matching") << "a / on(job) group_left(team) b"
                                  << "a / on(job) group_left(team) b";
        QTest::newRow("ignoring") << "a + IGNORING(code) b"
                                  << "a + ignoring(code) b";
        QTest::newRow("bool") << "a > bool 5"
                              << "a > bool 5";
        QTest::newRow("set-operators") << "a and b or c unless d"
                                       << "a and b or c unless d";
        QTest::newRow("atan2") << "a atan2 b"
                               << "a atan2 b";
        QTest::newRow("keyword-labels") << "x{on=\"1\", by=\"2\"}"
                                        << "x{on=\"1\", by=\"2\"}";
        QTest::newRow("trailing-commas") << "sum by (a,) (x{b=\"c\",})"
                                         << "sum by (a) (x{b=\"c\"})";
        QTest::newRow("duration-as-number") << "predict_linear(x[1h], 1h)"
                                            << "predict_linear(x[1h], 3600)";
        QTest::newRow("paren-args-unwrapped") << "changes((x[5m]))"
                                              << "changes(x[5m])";
        QTest::newRow("comment") << "sum(x) # the total"
                                 << "sum(x)";
        QTest::newRow("string") << "\"a\\tb\""
                                << "\"a\\tb\"";
        QTest::newRow("histogram-quantile")
            << "histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))"
            << "histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))";
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const Result<ExprPtr> r = Parser::parse(input);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value()->toString(), canonical);
    }

    void precedenceTree()
    {
        // 1 - 2 - 3 is (1 - 2) - 3; 2 ^ 3 ^ 2 is 2 ^ (3 ^ 2); -2 ^ 2 is -(2 ^ 2).
        const Result<ExprPtr> sub = Parser::parse(QStringLiteral("1 - 2 - 3"));
        QVERIFY(sub.ok());
        QCOMPARE(sub.value()->child(0)->kind, Expr::Kind::Binary);
        QCOMPARE(sub.value()->child(1)->kind, Expr::Kind::Number);
        const Result<ExprPtr> pow = Parser::parse(QStringLiteral("2 ^ 3 ^ 2"));
        QVERIFY(pow.ok());
        QCOMPARE(pow.value()->child(0)->kind, Expr::Kind::Number);
        QCOMPARE(pow.value()->child(1)->kind, Expr::Kind::Binary);
        const Result<ExprPtr> neg = Parser::parse(QStringLiteral("-x ^ 2"));
        QVERIFY(neg.ok());
        QCOMPARE(neg.value()->kind, Expr::Kind::Unary);
        QCOMPARE(neg.value()->child(0)->binaryOp, BinaryOp::Pow);
    }

    void types_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("type");
        QTest::newRow("scalar") << "1 + 2" << int(ValueType::Scalar);
        QTest::newRow("vector") << "x * 2" << int(ValueType::Vector);
        QTest::newRow("matrix") << "x[5m]" << int(ValueType::Matrix);
        QTest::newRow("subquery") << "x[5m:1m]" << int(ValueType::Matrix);
        QTest::newRow("string") << "\"s\"" << int(ValueType::String);
        QTest::newRow("scalar-function") << "scalar(x)" << int(ValueType::Scalar);
    }
    void types()
    {
        QFETCH(QString, input);
        QFETCH(int, type);
        const Result<ExprPtr> r = Parser::parse(input);
        QVERIFY(r.ok());
        QCOMPARE(int(r.value()->type()), type);
    }

    void matchersAndModifiers()
    {
        const Result<ExprPtr> r =
            Parser::parse(QStringLiteral("rate(http_requests_total{code!~\"2..\"}[5m] @ 1.234)"));
        QVERIFY(r.ok());
        const Expr &call = *r.value();
        QCOMPARE(call.function->id, FunctionId::Rate);
        const Expr &ms = *call.child(0);
        QCOMPARE(ms.rangeMs, 300000);
        const Expr &vs = *ms.child(0);
        QCOMPARE(vs.at, AtAnchor::Timestamp);
        QCOMPARE(vs.atMs, 1234);
        QCOMPARE(vs.matchers.size(), 2);
        QCOMPARE(vs.matchers[0].name(), QStringLiteral("__name__"));
        QCOMPARE(vs.matchers[1].op(), LabelMatcher::Op::RegexNoMatch);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "1:1: no expression found in input";
        QTest::newRow("extra-paren") << "sum(x))"
                                     << "1:7: unexpected ')'";
        QTest::newRow("in-aggregation") << "sum(x y)"
                                        << "1:7: unexpected identifier \"y\" in aggregation";
        QTest::newRow("unclosed-call") << "rate(x[5m]"
                                       << "1:11: unexpected end of input in function call, "
                                          "expected \",\" or \")\"";
        QTest::newRow("dangling-operator") << "1 +"
                                           << "1:4: unexpected end of input";
        QTest::newRow("unknown-function") << "foo_bar(x)"
                                          << "1:1: unknown function with name \"foo_bar\"";
        QTest::newRow("wrong-arg-type") << "rate(x)"
                                        << "1:6: expected type range vector in call to function "
                                           "\"rate\", got instant vector";
        QTest::newRow("arg-count") << "clamp(x, 1)"
                                   << "1:1: expected 3 argument(s) in call to \"clamp\", got 2";
        QTest::newRow("aggregation-args") << "topk(x)"
                                          << "1:5: wrong number of arguments for aggregate "
                                             "expression provided, expected 2, got 1";
        QTest::newRow("scalar-comparison") << "1 > 2"
                                           << "1:3: comparisons between scalars must use BOOL "
                                              "modifier";
        QTest::newRow("set-with-scalar") << "x and 1"
                                         << "1:3: set operator \"and\" not allowed in binary "
                                            "scalar expression";
        QTest::newRow("empty-matchers") << "{}"
                                        << "1:1: vector selector must contain at least one "
                                           "non-empty matcher";
        QTest::newRow("only-empty-matching") << "{a=~\".*\"}"
                                             << "1:1: vector selector must contain at least one "
                                                "non-empty matcher";
        QTest::newRow("offset-twice") << "x offset 1m offset 2m"
                                      << "1:13: offset may not be set multiple times";
        QTest::newRow("at-twice") << "x @ 1 @ 2"
                                  << "1:7: @ <timestamp> may not be set multiple times";
        QTest::newRow("range-on-paren") << "(x)[5m]"
                                        << "1:4: ranges only allowed for vector selectors";
        QTest::newRow("offset-before-range") << "x offset 1m [5m]"
                                             << "1:13: no offset modifiers allowed before range";
        QTest::newRow("subquery-of-range") << "x[5m][10m:1m]"
                                           << "1:6: subquery is only allowed on instant vector, "
                                              "got range vector";
        QTest::newRow("bool-on-arithmetic") << "x + bool y"
                                            << "1:5: bool modifier can only be used on "
                                               "comparison operators";
        QTest::newRow("group-without-on") << "x * group_left y"
                                          << "1:5: unexpected identifier \"group_left\"; group "
                                             "modifiers need on(...) or ignoring(...)";
        QTest::newRow("grouping-set-operator") << "x and on(a) group_left b"
                                               << "1:13: no grouping allowed for \"and\" "
                                                  "operation";
        QTest::newRow("matrix-in-binary") << "x[5m] + 1"
                                          << "1:7: binary expression must contain only scalar "
                                             "and instant vector types";
        QTest::newRow("name-twice") << "x{__name__=\"y\"}"
                                    << "1:1: metric name must not be set twice: \"x\" or \"y\"";
        QTest::newRow("bad-regex") << "x{a=~\"(\"}"
                                   << "1:6: invalid regular expression \"(\": missing closing "
                                      "parenthesis";
        QTest::newRow("multi-line") << "sum by (job) (\n  rate(x[5m])\n  +\n)"
                                    << "4:1: unexpected ')'";
        QTest::newRow("lexer-error") << "x{a=\"b}"
                                     << "1:5: unterminated quoted string";
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<ExprPtr> r = Parser::parse(input);
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? r.value()->toString() : QString()));
        const Error &e = r.error();
        QCOMPARE(QStringLiteral("%1:%2: %3").arg(e.pos.line).arg(e.pos.column).arg(e.message),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestPromqlParser)
#include "tst_promqlparser.moc"
