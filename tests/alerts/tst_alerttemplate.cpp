#include "models/alerts/alerttemplate.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Wk;

// Alert label and annotation templates. Expected texts are what Prometheus 2.42 renders for the
// same template and data (see also tests/data/alerts/templates.test.yml, checked by promtool).
class TestAlertTemplate : public QObject
{
    Q_OBJECT
private:
    static AlertTemplate::Data data(double value)
    {
        AlertTemplate::Data d;
        d.labels = {
            {"__name__", "http_requests_total"}, {"job", "cloudgreet"}, {"instance", "app-1:3000"}};
        d.externalLabels = {{"cluster", "eu-1"}};
        d.externalUrl = QStringLiteral("https://prom.example.org/prefix");
        d.value = value;
        return d;
    }

private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();

        QTest::newRow("plain text") << "no actions" << 1.0 << "no actions";
        QTest::newRow("label") << "{{ $labels.instance }}" << 1.0 << "app-1:3000";
        QTest::newRow("dot labels") << "{{ .Labels.job }}" << 1.0 << "cloudgreet";
        QTest::newRow("missing label is empty") << "[{{ $labels.nope }}]" << 1.0 << "[]";
        QTest::newRow("index") << "{{ index $labels \"instance\" }}" << 1.0 << "app-1:3000";
        QTest::newRow("index missing") << "[{{ index $labels \"nope\" }}]" << 1.0 << "[]";
        QTest::newRow("value") << "{{ $value }}" << 0.11 << "0.11";
        QTest::newRow("dot value") << "{{ .Value }}" << 1234567.0 << "1.234567e+06";
        QTest::newRow("value nan") << "{{ $value }}" << nan << "NaN";
        QTest::newRow("value inf") << "{{ $value }}" << inf << "+Inf";
        QTest::newRow("external label") << "{{ $externalLabels.cluster }}" << 1.0 << "eu-1";
        QTest::newRow("external url")
            << "{{ $externalURL }}" << 1.0 << "https://prom.example.org/prefix";
        QTest::newRow("humanize million") << "{{ humanize 1234567 }}" << 1.0 << "1.235M";
        QTest::newRow("humanize pipe") << "{{ $value | humanize }}" << 0.1234 << "123.4m";
        QTest::newRow("humanize zero") << "{{ humanize $value }}" << 0.0 << "0";
        QTest::newRow("humanize string") << "{{ humanize \"1234.5\" }}" << 0.0 << "1.234k";
        QTest::newRow("humanize1024") << "{{ humanize1024 $value }}" << 123456789012.0 << "115Gi";
        QTest::newRow("humanize1024 small") << "{{ humanize1024 $value }}" << 0.0025 << "0.0025";
        QTest::newRow("percentage") << "{{ humanizePercentage 0.1234 }}" << 1.0 << "12.34%";
        QTest::newRow("percentage pipe") << "{{ $value | humanizePercentage }}" << 0.11 << "11%";
        QTest::newRow("duration 90s") << "{{ humanizeDuration 90 }}" << 1.0 << "1m 30s";
        QTest::newRow("duration hours") << "{{ humanizeDuration 3700 }}" << 1.0 << "1h 1m 40s";
        QTest::newRow("duration days")
            << "{{ humanizeDuration $value }}" << 200000.0 << "2d 7h 33m 20s";
        QTest::newRow("duration seconds") << "{{ humanizeDuration $value }}" << 2.5 << "2.5s";
        QTest::newRow("duration millis") << "{{ humanizeDuration $value }}" << 0.1234 << "123.4ms";
        QTest::newRow("duration micros") << "{{ humanizeDuration $value }}" << 0.000123 << "123us";
        QTest::newRow("duration zero") << "{{ humanizeDuration $value }}" << 0.0 << "0s";
        QTest::newRow("duration negative") << "{{ humanizeDuration $value }}" << -5.5 << "-5.5s";
        QTest::newRow("duration overflow")
            << "{{ humanizeDuration $value }}" << 1e21 << "-106751991167300d -15h -30m -8s";
        QTest::newRow("timestamp")
            << "{{ 1700000000 | humanizeTimestamp }}" << 1.0 << "2023-11-14 22:13:20 +0000 UTC";
        QTest::newRow("printf") << "{{ printf \"%.2f\" $value }}" << 0.1234 << "0.12";
        QTest::newRow("printf pipe") << "{{ $value | printf \"%.0f\" }}" << 11.4 << "11";
        QTest::newRow("if else") << "{{ if gt $value 100.0 }}large{{ else }}small{{ end }}" << 150.0
                                 << "large";
        QTest::newRow("gt nan is true")
            << "{{ if gt $value 100.0 }}large{{ else }}small{{ end }}" << nan << "large";
        QTest::newRow("else if") << "{{ if eq $labels.job \"x\" }}x{{ else if eq $labels.job "
                                    "\"cloudgreet\" }}cg{{ else }}other{{ end }}"
                                 << 1.0 << "cg";
        QTest::newRow("with else") << "{{ with $labels.nope }}has{{ else }}none{{ end }} {{ with "
                                      "$labels.job }}{{ . }}{{ end }}"
                                   << 1.0 << "none cloudgreet";
        QTest::newRow("range map")
            << "{{ range $k, $v := $labels }}{{ $k }}={{ $v }};{{ end }}" << 1.0
            << "__name__=http_requests_total;instance=app-1:3000;job=cloudgreet;";
        QTest::newRow("range dot") << "{{ range $labels }}{{ . }} {{ end }}" << 1.0
                                   << "http_requests_total app-1:3000 cloudgreet ";
        QTest::newRow("variables") << "{{ $x := \"v1\" }}{{ $x = \"v2\" }}{{ $x }}" << 1.0 << "v2";
        QTest::newRow("comment") << "a{{/* ignored */}}b" << 1.0 << "ab";
        QTest::newRow("trim markers") << "a {{- \" b \" -}} c" << 1.0 << "a b c";
        QTest::newRow("map print") << "{{ $externalLabels }}" << 1.0 << "map[cluster:eu-1]";
        QTest::newRow("logic") << "{{ and 1 0 }} {{ or \"\" \"fallback\" }} {{ not true }}" << 1.0
                               << "0 fallback false";
        QTest::newRow("len") << "{{ len $labels }} {{ len \"four\" }}" << 1.0 << "3 4";
        QTest::newRow("compare") << "{{ lt 1 2 }} {{ le 2.5 2.5 }} {{ ge \"b\" \"a\" }} {{ eq 1 2 "
                                    "3 1 }} {{ ne \"a\" \"a\" }}"
                                 << 1.0 << "true true true true false";
        QTest::newRow("print") << "{{ print \"a\" 1 2 \"b\" }} {{ print 1.5 true }}" << 1.0
                               << "a1 2b 1.5 true";
        QTest::newRow("title upper lower")
            << "{{ title \"hello world\" }} {{ toUpper \"abc\" }} {{ toLower \"ABC\" }}" << 1.0
            << "Hello World ABC abc";
        QTest::newRow("match") << "{{ if match \"^app-\" $labels.instance }}app{{ end }}" << 1.0
                               << "app";
        QTest::newRow("reReplaceAll")
            << "{{ reReplaceAll \"(.*):(.*)\" \"port $2\" $labels.instance }}" << 1.0
            << "port 3000";
        QTest::newRow("reReplaceAll named and dollar")
            << "{{ reReplaceAll \"(?P<host>[a-z-]+[0-9]):\" \"${host}$$\" $labels.instance }}"
            << 1.0 << "app-1$3000";
        QTest::newRow("parenthesised pipeline")
            << "{{ (printf \"%s-%s\" $labels.job \"x\") | toUpper }}" << 1.0 << "CLOUDGREET-X";
        QTest::newRow("path prefix") << "{{ pathPrefix }}{{ externalURL }}" << 1.0
                                     << "/prefixhttps://prom.example.org/prefix";
        QTest::newRow("graph link")
            << "{{ graphLink \"up == 0\" }}" << 1.0 << "/graph?g0.expr=up+%3D%3D+0&g0.tab=0";
        QTest::newRow("parse duration") << "{{ parseDuration \"1h30m\" }}" << 1.0 << "5400";
        QTest::newRow("args") << "{{ with args 1 \"x\" }}{{ .arg1 }}{{ .arg0 }}{{ end }}" << 1.0
                              << "x1";
        QTest::newRow("raw string") << "{{ `a\\n` }}" << 1.0 << "a\\n";
        QTest::newRow("char constant") << "{{ printf \"%c\" 'x' }}" << 1.0 << "x";
        QTest::newRow("error: incompatible comparison")
            << "{{ gt $value 100 }}" << 1.0
            << "<error expanding template: error executing template __alert_Probe: template: "
               "__alert_Probe:1:115: executing \"__alert_Probe\" at <gt $value 100>: error calling "
               "gt: incompatible types for comparison>";
        QTest::newRow("error: unknown field")
            << "{{ .Nope }}" << 1.0
            << "<error expanding template: error executing template __alert_Probe: template: "
               "__alert_Probe:1:115: executing \"__alert_Probe\" at <.Nope>: can't evaluate field "
               "Nope in type struct { Labels map[string]string; ExternalLabels map[string]string; "
               "ExternalURL string; Value float64 }>";
        QTest::newRow("error: range over a number")
            << "{{ range 5 }}x{{ end }}" << 1.0
            << "<error expanding template: error executing template __alert_Probe: template: "
               "__alert_Probe:1:121: executing \"__alert_Probe\" at <5>: range can't iterate over "
               "5>";
        QTest::newRow("error: template action")
            << "{{ template \"x\" }}" << 1.0
            << "<error expanding template: error executing template __alert_Probe: template: "
               "__alert_Probe:1:112: executing \"__alert_Probe\" at <{{template \"x\"}}>: template "
               "\"x\" not defined>";
        QTest::newRow("printf missing argument")
            << "{{ $labels.job | title | printf \"%s %d\" }}" << 1.0 << "Cloudgreet %!d(MISSING)";
        QTest::newRow("error: bad conversion")
            << "{{ humanize \"abc\" }}" << 1.0
            << "<error expanding template: error executing template __alert_Probe: template: "
               "__alert_Probe:1:115: executing \"__alert_Probe\" at <humanize \"abc\">: error "
               "calling humanize: strconv.ParseFloat: parsing \"abc\": invalid syntax>";
    }
    void expand()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, expected);
        const Result<AlertTemplate> t = AlertTemplate::parse(text, QStringLiteral("Probe"));
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE(t.value().expand(data(value)), expected);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown function")
            << "{{ foo $value }}"
            << "template: __alert_Probe:1: function \"foo\" not defined";
        QTest::newRow("unclosed action") << "{{ $value "
                                         << "template: __alert_Probe:1: unclosed action";
        QTest::newRow("stray brace") << "{{ .Value }"
                                     << "template: __alert_Probe:1: unexpected \"}\" in operand";
        QTest::newRow("undefined variable")
            << "{{ $nope }}"
            << "template: __alert_Probe:1: undefined variable \"$nope\"";
        QTest::newRow("missing end") << "{{ if true }}x"
                                     << "template: __alert_Probe:1: unexpected EOF";
        QTest::newRow("stray end") << "x{{ end }}"
                                   << "template: __alert_Probe:1: unexpected {{end}}";
        QTest::newRow("error on second line")
            << "line one\n{{ nofunc }}"
            << "template: __alert_Probe:2: function \"nofunc\" not defined";
        QTest::newRow("empty action") << "{{ }}"
                                      << "template: __alert_Probe:1: missing value for command";
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<AlertTemplate> t = AlertTemplate::parse(text, QStringLiteral("Probe"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().message, error);
    }

    void wrongArgumentCount()
    {
        const Result<AlertTemplate> t =
            AlertTemplate::parse(QStringLiteral("{{ humanize }}"), QStringLiteral("Probe"));
        QVERIFY(t.ok());
        const Result<QString> r = t.value().execute(data(1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.endsWith(
                     QStringLiteral("wrong number of args for humanize: want 1 got 0")),
                 qPrintable(r.error().message));
    }

    void queryFunctions()
    {
        const Result<AlertTemplate> t = AlertTemplate::parse(
            QStringLiteral("{{ range query \"up\" | sortByLabel \"instance\" }}{{ .Labels.instance "
                           "}}={{ .Value }} {{ end }}"
                           "{{ with query \"up\" }}{{ . | first | value }}{{ end }}"),
            QStringLiteral("Probe"));
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        TemplateEnvironment env;
        QString asked;
        env.query = [&](const QString &expr) -> Result<QList<TemplateValue::SampleData>> {
            asked = expr;
            return QList<TemplateValue::SampleData>{{{{"instance", "b"}}, 0},
                                                    {{{"instance", "a"}}, 1}};
        };
        QCOMPARE(t.value().expand(data(1), env), QStringLiteral("a=1 b=0 0"));
        QCOMPARE(asked, QStringLiteral("up"));
    }
};

QTEST_GUILESS_MAIN(TestAlertTemplate)
#include "tst_alerttemplate.moc"
