#include "models/metrics/expositionformat.h"
#include "models/metrics/expositionpage.h"
#include "models/metrics/expositionparser.h"
#include "models/metrics/seriesstore.h"

#include <QFile>
#include <QTest>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>

// Counts heap allocations, to show that a warmed-up parser allocates nothing per page.
static std::atomic<long> allocations{0};

void *operator new(std::size_t size)
{
    ++allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}

void operator delete(void *p) noexcept
{
    std::free(p);
}

void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

using namespace Wk;

class TestExposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentType_data();
    void contentType();
    void acceptHeader();

    void textPages_data();
    void textPages();
    void textErrors_data();
    void textErrors();
    void openMetricsPages_data();
    void openMetricsPages();
    void openMetricsErrors_data();
    void openMetricsErrors();
    void values_data();
    void values();
    void lenient_data();
    void lenient();

    void samplePages_data();
    void samplePages();
    void strictRejectsNegativeHistogramSum();

    void viewsPointIntoThePage();
    void noAllocationOnceWarm_data();
    void noAllocationOnceWarm();
    void parserIsReusable();
    void pageConvenience();
    void ingestIntoSeriesStore();
};

namespace {

using Format = ExpositionFormat;
using Validation = ExpositionValidation;

QString renderNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString renderText(QByteArrayView text)
{
    QString out;
    for (QChar c : QString::fromUtf8(text)) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString renderLabels(std::span<const ExpositionLabel> labels)
{
    QStringList parts;
    for (const ExpositionLabel &label : labels)
        parts << QString::fromUtf8(label.name) + QStringLiteral("=\"") + renderText(label.value) +
                     QLatin1Char('"');
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Writes what the parser delivers as lines: "# TYPE NAME [help="..."] [unit="..."]" per family
// and "NAME{LABELS} VALUE [@MS] [# {LABELS} VALUE [TS]]" per sample.
class DumpSink final : public ExpositionSink
{
public:
    explicit DumpSink(Format format)
        : m_format(format)
    {}

    void family(const ExpositionFamily &family) override
    {
        QString line = QStringLiteral("# ") +
                       QString::fromLatin1(metricTypeKeyword(family.type, m_format)) +
                       QLatin1Char(' ') + QString::fromUtf8(family.name);
        if (family.hasHelp)
            line += QStringLiteral(" help=\"") + renderText(family.help) + QLatin1Char('"');
        if (!family.unit.isEmpty())
            line += QStringLiteral(" unit=\"") + renderText(family.unit) + QLatin1Char('"');
        lines << line;
    }

    void sample(const ExpositionSample &sample) override
    {
        QString line = QString::fromUtf8(sample.name);
        if (!sample.labels.empty())
            line += renderLabels(sample.labels);
        line += QLatin1Char(' ') + renderNumber(sample.value);
        if (sample.hasTimestamp)
            line += QStringLiteral(" @") + QString::number(sample.timestampMs);
        if (const ExpositionExemplar *exemplar = sample.exemplar) {
            line += QStringLiteral(" # ") + renderLabels(exemplar->labels) + QLatin1Char(' ') +
                    renderNumber(exemplar->value);
            if (exemplar->hasTimestamp)
                line += QLatin1Char(' ') + renderNumber(exemplar->timestampSeconds);
        }
        lines << line;
    }

    QStringList lines;

private:
    Format m_format;
};

class CountingSink final : public ExpositionSink
{
public:
    void family(const ExpositionFamily &) override { ++families; }
    void sample(const ExpositionSample &) override { ++samples; }
    int families = 0;
    int samples = 0;
};

QByteArray readShared(const QString &relative)
{
    QFile file(QStringLiteral(WK_SHARED_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

// ---- content type and Accept header ---------------------------------------------------------

void TestExposition::contentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Format>("format");

    QTest::newRow("openmetrics 1.0.0")
        << QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8")
        << Format::OpenMetrics;
    QTest::newRow("openmetrics without spaces")
        << QByteArray("application/openmetrics-text;version=1.0.0") << Format::OpenMetrics;
    QTest::newRow("openmetrics 0.0.1")
        << QByteArray("application/openmetrics-text; version=0.0.1") << Format::OpenMetrics;
    QTest::newRow("openmetrics upper case")
        << QByteArray("Application/OpenMetrics-Text; version=1.0.0") << Format::OpenMetrics;
    QTest::newRow("text 0.0.4") << QByteArray("text/plain; version=0.0.4; charset=utf-8")
                                << Format::PrometheusText;
    QTest::newRow("plain text") << QByteArray("text/plain") << Format::PrometheusText;
    QTest::newRow("missing header") << QByteArray() << Format::PrometheusText;
    QTest::newRow("something else") << QByteArray("application/json") << Format::PrometheusText;
    QTest::newRow("protobuf") << QByteArray("application/vnd.google.protobuf; "
                                            "proto=io.prometheus.client.MetricFamily")
                              << Format::PrometheusText;
}

void TestExposition::contentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(Format, format);
    QCOMPARE(expositionFormatForContentType(contentType), format);
}

void TestExposition::acceptHeader()
{
    QCOMPARE(QByteArray(ScrapeAcceptHeader),
             QByteArray("application/openmetrics-text;version=1.0.0,application/"
                        "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/"
                        "*;q=0.1"));
}

// ---- Prometheus text 0.0.4 --------------------------------------------------------------------

void TestExposition::textPages_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("counter with help and type")
        << QByteArray("# HELP foo_total Total foos.\n# TYPE foo_total counter\n"
                      "foo_total{a=\"b\"} 3\n")
        << QStringList{"# counter foo_total help=\"Total foos.\"", "foo_total{a=\"b\"} 3"};
    QTest::newRow("untyped without metadata")
        << QByteArray("foo 1\nbar 2\n")
        << QStringList{"# untyped foo", "foo 1", "# untyped bar", "bar 2"};
    QTest::newRow("millisecond timestamps")
        << QByteArray("foo 1 1700000000123\nbar 2 -5\nbaz 3 +7\n")
        << QStringList{"# untyped foo", "foo 1 @1700000000123", "# untyped bar",
                       "bar 2 @-5",     "# untyped baz",        "baz 3 @7"};
    QTest::newRow("comments and blank lines are skipped")
        << QByteArray("# a comment\n\n   \n\t\nfoo 1\n#another\n# EOF\n")
        << QStringList{"# untyped foo", "foo 1"};
    QTest::newRow("no newline at the end")
        << QByteArray("foo 1") << QStringList{"# untyped foo", "foo 1"};
    QTest::newRow("CRLF line ends")
        << QByteArray("foo 1\r\nbar 2 5\r\n")
        << QStringList{"# untyped foo", "foo 1", "# untyped bar", "bar 2 @5"};
    QTest::newRow("blanks between tokens and a trailing comma")
        << QByteArray("  foo { a = \"b\" ,\tc=\"d\" , } \t 1 \t 2 \n")
        << QStringList{"# untyped foo", "foo{a=\"b\",c=\"d\"} 1 @2"};
    QTest::newRow("no blank after the labels")
        << QByteArray("foo{a=\"b\"}1\n") << QStringList{"# untyped foo", "foo{a=\"b\"} 1"};
    QTest::newRow("empty label set")
        << QByteArray("foo{} 1\n") << QStringList{"# untyped foo", "foo 1"};
    QTest::newRow("label value escapes")
        << QByteArray("foo{a=\"x\\\\y\\\"z\\nw\"} 1\n")
        << QStringList{"# untyped foo", "foo{a=\"x\\\\y\\\"z\\nw\"} 1"};
    QTest::newRow("unknown escape is kept")
        << QByteArray("foo{a=\"\\d\"} 1\n") << QStringList{"# untyped foo", "foo{a=\"\\\\d\"} 1"};
    QTest::newRow("hash and braces in a label value")
        << QByteArray("foo{a=\"# }{\"} 1\n") << QStringList{"# untyped foo", "foo{a=\"# }{\"} 1"};
    QTest::newRow("UTF-8 label value")
        << QByteArray("foo{a=\"Gr\xC3\xBC\xC3\x9F\x65 \xE2\x98\x83\"} 1\n")
        << QStringList{"# untyped foo", QString::fromUtf8("foo{a=\"Grüße ☃\"} 1")};
    QTest::newRow("help escapes") << QByteArray("# HELP foo a\\\\b\\nc \\\"q\\\"\nfoo 1\n")
                                  << QStringList{
                                         "# untyped foo help=\"a\\\\b\\nc \\\\\\\"q\\\\\\\"\"",
                                         "foo 1"};
    QTest::newRow("help without text")
        << QByteArray("# HELP foo\nfoo 1\n") << QStringList{"# untyped foo help=\"\"", "foo 1"};
    QTest::newRow("HELP alone is a comment")
        << QByteArray("# HELP\n# TYPE\nfoo 1\n") << QStringList{"# untyped foo", "foo 1"};
    QTest::newRow("type keyword in any case")
        << QByteArray("# TYPE foo COUNTER\nfoo 1\n") << QStringList{"# counter foo", "foo 1"};
    QTest::newRow("type and help in either order")
        << QByteArray("# TYPE foo gauge\n# HELP foo Foo.\nfoo 1\n")
        << QStringList{"# gauge foo help=\"Foo.\"", "foo 1"};
    QTest::newRow("metric names with colons")
        << QByteArray("job:foo:rate5m 1\n")
        << QStringList{"# untyped job:foo:rate5m", "job:foo:rate5m 1"};
    QTest::newRow("metadata only") << QByteArray("# HELP foo Foo.\n# TYPE foo gauge\n")
                                   << QStringList{"# gauge foo help=\"Foo.\""};
    QTest::newRow("special values")
        << QByteArray("a NaN\nb +Inf\nc -Inf\nd Inf\ne -0.5e-3\nf 1e+06\ng 0x1p-3\n")
        << QStringList{"# untyped a", "a NaN",       "# untyped b", "b +Inf",      "# untyped c",
                       "c -Inf",      "# untyped d", "d +Inf",      "# untyped e", "e -5e-04",
                       "# untyped f", "f 1e+06",     "# untyped g", "g 0.125"};
    QTest::newRow("histogram") << QByteArray("# HELP rt Request time.\n# TYPE rt histogram\n"
                                             "rt_bucket{path=\"/a\",le=\"0.1\"} 1\n"
                                             "rt_bucket{path=\"/a\",le=\"1\"} 3\n"
                                             "rt_bucket{path=\"/a\",le=\"+Inf\"} 4\n"
                                             "rt_sum{path=\"/a\"} 2.5\n"
                                             "rt_count{path=\"/a\"} 4\n"
                                             "rt_bucket{le=\"+Inf\",path=\"/b\"} 0\n"
                                             "rt_sum{path=\"/b\"} 0\n"
                                             "rt_count{path=\"/b\"} 0\n")
                               << QStringList{"# histogram rt help=\"Request time.\"",
                                              "rt_bucket{path=\"/a\",le=\"0.1\"} 1",
                                              "rt_bucket{path=\"/a\",le=\"1\"} 3",
                                              "rt_bucket{path=\"/a\",le=\"+Inf\"} 4",
                                              "rt_sum{path=\"/a\"} 2.5",
                                              "rt_count{path=\"/a\"} 4",
                                              "rt_bucket{le=\"+Inf\",path=\"/b\"} 0",
                                              "rt_sum{path=\"/b\"} 0",
                                              "rt_count{path=\"/b\"} 0"};
    QTest::newRow("summary")
        << QByteArray("# TYPE gc summary\ngc{quantile=\"0\"} 1e-05\ngc{quantile=\"0.5\"} 0.0001\n"
                      "gc{quantile=\"1\"} 0.002\ngc_sum 5.5\ngc_count 100\n")
        << QStringList{"# summary gc",
                       "gc{quantile=\"0\"} 1e-05",
                       "gc{quantile=\"0.5\"} 1e-04",
                       "gc{quantile=\"1\"} 0.002",
                       "gc_sum 5.5",
                       "gc_count 100"};
    QTest::newRow("summary without quantiles")
        << QByteArray("# TYPE gc summary\ngc_sum 5.5\ngc_count 100\n")
        << QStringList{"# summary gc", "gc_sum 5.5", "gc_count 100"};
    QTest::newRow("a sample of another name starts a new family")
        << QByteArray("# TYPE foo counter\nfoo 1\nfoo_total 2\n")
        << QStringList{"# counter foo", "foo 1", "# untyped foo_total", "foo_total 2"};
}

void TestExposition::textPages()
{
    QFETCH(QByteArray, page);
    QFETCH(QStringList, expected);
    ExpositionParser parser(Format::PrometheusText);
    DumpSink sink(Format::PrometheusText);
    const Result<ExpositionStats> result = parser.parse(page, sink);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(sink.lines, expected);
    int families = 0;
    for (const QString &line : expected)
        families += line.startsWith(QLatin1Char('#'));
    QCOMPARE(result.value().families, families);
    QCOMPARE(result.value().samples, int(expected.size()) - families);
}

void TestExposition::textErrors_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("error");

    QTest::newRow("missing value") << QByteArray("foo\n") << "line 1, column 4: expected a value";
    QTest::newRow("missing value after labels")
        << QByteArray("# ok\nfoo{a=\"b\"}  \n") << "line 2, column 13: expected a value";
    QTest::newRow("value is not a number")
        << QByteArray("foo bar\n") << "line 1, column 5: invalid value \"bar\"";
    QTest::newRow("value with a comma")
        << QByteArray("foo 1,5\n") << "line 1, column 5: invalid value \"1,5\"";
    QTest::newRow("timestamp in seconds")
        << QByteArray("foo 1 1.5\n")
        << "line 1, column 7: invalid timestamp \"1.5\"; expected integer milliseconds";
    QTest::newRow("timestamp out of range")
        << QByteArray("foo 1 9223372036854775808\n")
        << "line 1, column 7: invalid timestamp \"9223372036854775808\"; expected integer "
           "milliseconds";
    QTest::newRow("text after the timestamp")
        << QByteArray("foo 1 2 3\n") << "line 1, column 9: unexpected text after the timestamp";
    QTest::newRow("dash in metric name")
        << QByteArray("\nfoo-bar 1\n") << "line 2, column 4: invalid character '-' in metric name";
    QTest::newRow("metric name starts with a digit")
        << QByteArray("1foo 1\n") << "line 1, column 1: expected a metric name, found '1'";
    QTest::newRow("indented bad name")
        << QByteArray("  {a=\"b\"} 1\n") << "line 1, column 3: expected a metric name, found '{'";
    QTest::newRow("label name starts with a digit")
        << QByteArray("foo{1a=\"x\"} 1\n") << "line 1, column 5: expected a label name, found '1'";
    QTest::newRow("label without =") << QByteArray("foo{a \"x\"} 1\n")
                                     << "line 1, column 7: expected '=' after the label name \"a\"";
    QTest::newRow("unquoted label value")
        << QByteArray("foo{a=x} 1\n")
        << "line 1, column 7: expected '\"' to open the value of label \"a\"";
    QTest::newRow("unterminated label value")
        << QByteArray("foo{a=\"x} 1\n") << "line 1, column 7: label value not closed by '\"'";
    QTest::newRow("unclosed label set")
        << QByteArray("foo{a=\"x\"\n") << "line 1, column 4: label set not closed by '}'";
    QTest::newRow("double comma") << QByteArray("foo{a=\"x\",,b=\"y\"} 1\n")
                                  << "line 1, column 11: expected a label name, found ','";
    QTest::newRow("duplicate label") << QByteArray("foo{a=\"1\",b=\"2\",a=\"3\"} 1\n")
                                     << "line 1, column 17: duplicate label \"a\"";
    QTest::newRow("duplicate label among many")
        << QByteArray("foo{l0=\"\",l1=\"\",l2=\"\",l3=\"\",l4=\"\",l5=\"\",l6=\"\",l7=\"\",l8=\"\","
                      "l9=\"\",l10=\"\",l11=\"\",l12=\"\",l13=\"\",l14=\"\",l15=\"\",l16=\"\",l3="
                      "\"\"} 1\n")
        << "line 1, column 114: duplicate label \"l3\"";
    QTest::newRow("columns count characters")
        << QByteArray("foo{a=\"\xE2\x98\x83\xE2\x98\x83\",a=\"x\"} 1\n")
        << "line 1, column 12: duplicate label \"a\"";
    QTest::newRow("invalid UTF-8 in a label value")
        << QByteArray("foo{a=\"ab\xFF\"} 1\n")
        << "line 1, column 10: label value is not valid UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("foo{a=\"\xC0\xAF\"} 1\n")
                                    << "line 1, column 8: label value is not valid UTF-8";
    QTest::newRow("invalid UTF-8 in help") << QByteArray("# HELP foo bad \xE2\x98\n")
                                           << "line 1, column 16: help text is not valid UTF-8";
    QTest::newRow("second TYPE") << QByteArray("# TYPE foo gauge\n# TYPE foo gauge\n")
                                 << "line 2, column 1: second TYPE line for \"foo\"";
    QTest::newRow("second HELP") << QByteArray("# HELP foo a\n# HELP foo b\n")
                                 << "line 2, column 1: second HELP line for \"foo\"";
    QTest::newRow("TYPE after samples")
        << QByteArray("foo 1\n# TYPE foo gauge\n")
        << "line 2, column 1: TYPE line for \"foo\" after its samples; metadata comes first";
    QTest::newRow("unknown type")
        << QByteArray("# TYPE foo gaugehistogram\n")
        << "line 1, column 12: unknown metric type \"gaugehistogram\"; expected counter, gauge, "
           "histogram, summary or untyped";
    QTest::newRow("missing type") << QByteArray("# TYPE foo\n")
                                  << "line 1, column 11: expected a metric type";
    QTest::newRow("text after the type") << QByteArray("# TYPE foo gauge extra\n")
                                         << "line 1, column 18: unexpected text after the metric "
                                            "type";
    QTest::newRow("bad name in TYPE") << QByteArray("# TYPE foo-bar gauge\n")
                                      << "line 1, column 11: invalid character '-' in metric name";
    QTest::newRow("family split in two")
        << QByteArray("a 1\nb 1\na 2\n")
        << "line 3, column 1: \"a\" was used by an earlier metric family; a family's lines must be "
           "together and names must not clash";
    QTest::newRow("duplicate series") << QByteArray("a{x=\"1\"} 1\na{x=\"2\"} 1\na{x=\"1\"} 2\n")
                                      << "line 3, column 1: duplicate series \"a\"";
    QTest::newRow("duplicate series, labels reordered")
        << QByteArray("a{x=\"1\",y=\"2\"} 1\na{y=\"2\",x=\"1\"} 2\n")
        << "line 2, column 1: duplicate series \"a\"";
    QTest::newRow("histogram without +Inf bucket")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n")
        << "line 4, column 1: histogram \"h\" has no bucket with le=\"+Inf\"";
    QTest::newRow("+Inf bucket differs from count")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 3\n")
        << "line 4, column 9: the count (3) differs from the +Inf bucket (2)";
    QTest::newRow("buckets out of order")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} 1\n")
        << "line 3, column 10: bucket le=\"1\" comes after le=2; buckets go in ascending order";
    QTest::newRow("bucket without le") << QByteArray("# TYPE h histogram\nh_bucket 1\n")
                                       << "line 2, column 1: a histogram bucket needs the label "
                                          "\"le\"";
    QTest::newRow("le not a number") << QByteArray("# TYPE h histogram\nh_bucket{le=\"x\"} 1\n")
                                     << "line 2, column 10: invalid le \"x\"";
    QTest::newRow("histogram groups interleaved")
        << QByteArray("# TYPE h histogram\nh_bucket{a=\"1\",le=\"+Inf\"} 1\n"
                      "h_bucket{a=\"2\",le=\"+Inf\"} 1\nh_count{a=\"1\"} 1\n")
        << "line 4, column 1: samples of one group of \"h\" are not together";
    QTest::newRow("duplicate histogram sum")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_sum 1\n")
        << "line 4, column 1: duplicate series \"h_sum\"";
    QTest::newRow("quantiles out of order")
        << QByteArray("# TYPE s summary\ns{quantile=\"0.9\"} 1\ns{quantile=\"0.5\"} 1\n")
        << "line 3, column 3: quantile \"0.5\" comes after 0.9; quantiles go in ascending order";
    QTest::newRow("quantile out of range")
        << QByteArray("# TYPE s summary\ns{quantile=\"1.5\"} 1\n")
        << "line 2, column 3: invalid quantile \"1.5\"; expected a number from 0 to 1";
    QTest::newRow("summary sample without quantile")
        << QByteArray("# TYPE s summary\ns 1\n")
        << "line 2, column 1: a summary quantile needs the label \"quantile\"";
    QTest::newRow("histogram sample name taken")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\n# TYPE h_sum gauge\n")
        << "line 3, column 8: \"h_sum\" was used by an earlier metric family; a family's lines "
           "must be together and names must not clash";
}

void TestExposition::textErrors()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, error);
    ExpositionParser parser(Format::PrometheusText);
    CountingSink sink;
    const Result<ExpositionStats> result = parser.parse(page, sink);
    QVERIFY2(!result.ok(), "accepted an invalid page");
    QCOMPARE(result.error().toString(), error);
}

// ---- OpenMetrics ------------------------------------------------------------------------------

void TestExposition::openMetricsPages_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("timestamps in seconds become milliseconds")
        << QByteArray("a 1 1.5\nb 2 1700000000.123\nc 3 -0.001\n# EOF\n")
        << QStringList{"# unknown a",        "a 1 @1500",   "# unknown b",
                       "b 2 @1700000000123", "# unknown c", "c 3 @-1"};
    QTest::newRow("counter with created and exemplar")
        << QByteArray("# TYPE req counter\n# HELP req Requests.\n"
                      "req_total{code=\"200\"} 10 # {trace_id=\"abc\"} 0.5 1700000000.5\n"
                      "req_created{code=\"200\"} 1700000000\n# EOF\n")
        << QStringList{"# counter req help=\"Requests.\"",
                       "req_total{code=\"200\"} 10 # {trace_id=\"abc\"} 0.5 1700000000.5",
                       "req_created{code=\"200\"} 1.7e+09"};
    QTest::newRow("unit") << QByteArray("# TYPE a_seconds gauge\n# UNIT a_seconds seconds\n"
                                        "a_seconds 1\n# EOF")
                          << QStringList{"# gauge a_seconds unit=\"seconds\"", "a_seconds 1"};
    QTest::newRow("help escapes quotes too")
        << QByteArray("# HELP a say \\\"hi\\\"\\n\\\\\n# EOF\n")
        << QStringList{"# unknown a help=\"say \\\"hi\\\"\\n\\\\\""};
    QTest::newRow("info and stateset")
        << QByteArray("# TYPE build info\nbuild_info{version=\"1.2\"} 1\n"
                      "# TYPE mode stateset\nmode{mode=\"a\"} 1\nmode{mode=\"b\"} 0\n# EOF\n")
        << QStringList{"# info build", "build_info{version=\"1.2\"} 1", "# stateset mode",
                       "mode{mode=\"a\"} 1", "mode{mode=\"b\"} 0"};
    QTest::newRow("gauge histogram")
        << QByteArray("# TYPE q gaugehistogram\nq_bucket{le=\"1\"} 2\nq_bucket{le=\"+Inf\"} 3\n"
                      "q_gcount 3\nq_gsum 4\n# EOF\n")
        << QStringList{"# gaugehistogram q", "q_bucket{le=\"1\"} 2", "q_bucket{le=\"+Inf\"} 3",
                       "q_gcount 3", "q_gsum 4"};
    QTest::newRow("histogram points at two timestamps")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1 10\nh_count 1 10\n"
                      "h_sum 1 10\nh_bucket{le=\"+Inf\"} 2 20\nh_count 2 20\nh_sum 3 20\n# EOF\n")
        << QStringList{"# histogram h",  "h_bucket{le=\"+Inf\"} 1 @10000", "h_count 1 @10000",
                       "h_sum 1 @10000", "h_bucket{le=\"+Inf\"} 2 @20000", "h_count 2 @20000",
                       "h_sum 3 @20000"};
    QTest::newRow("metadata only")
        << QByteArray("# HELP a \n# EOF\n") << QStringList{"# unknown a help=\"\""};
    QTest::newRow("empty page") << QByteArray("# EOF\n") << QStringList{};
}

void TestExposition::openMetricsPages()
{
    QFETCH(QByteArray, page);
    QFETCH(QStringList, expected);
    ExpositionParser parser(Format::OpenMetrics);
    DumpSink sink(Format::OpenMetrics);
    const Result<ExpositionStats> result = parser.parse(page, sink);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(sink.lines, expected);
}

void TestExposition::openMetricsErrors_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("error");

    QTest::newRow("missing EOF after a newline")
        << QByteArray("a 1\n")
        << "line 2, column 1: missing \"# EOF\" at the end of an OpenMetrics page";
    QTest::newRow("missing EOF without a newline")
        << QByteArray("a 1")
        << "line 1, column 4: missing \"# EOF\" at the end of an OpenMetrics page";
    QTest::newRow("empty page") << QByteArray()
                                << "line 1, column 1: missing \"# EOF\" at the end of an "
                                   "OpenMetrics page";
    QTest::newRow("blank line after EOF")
        << QByteArray("a 1\n# EOF\n\n") << "line 3, column 1: text after \"# EOF\"";
    QTest::newRow("millisecond text timestamp is seconds here")
        << QByteArray("a 1 1700000000123\na 2 5\n# EOF\n")
        << "line 2, column 5: timestamp goes backwards within a group";
    QTest::newRow("comment") << QByteArray("# just a comment\n# EOF\n")
                             << "line 1, column 1: expected \"# HELP\", \"# TYPE\", \"# UNIT\" or "
                                "\"# EOF\"; OpenMetrics has no comments";
    QTest::newRow("untyped keyword") << QByteArray("# TYPE a untyped\n# EOF\n")
                                     << "line 1, column 10: unknown metric type \"untyped\"; "
                                        "expected counter, gauge, histogram, gaugehistogram, "
                                        "summary, info, stateset or unknown";
    QTest::newRow("counter sample without _total")
        << QByteArray("# TYPE a counter\na 1\n# EOF\n")
        << "line 2, column 1: \"a\" is not a sample name of the counter family \"a\"";
    QTest::newRow("trailing comma in labels")
        << QByteArray("a{b=\"c\",} 1\n# EOF\n")
        << "line 1, column 9: expected a label name, found '}'";
    QTest::newRow("blank around label tokens")
        << QByteArray("a{b = \"c\"} 1\n# EOF\n")
        << "line 1, column 4: expected '=' after the label name \"b\"";
    QTest::newRow("tab before the value") << QByteArray("a\t1\n# EOF\n")
                                          << "line 1, column 2: invalid character a tab in "
                                             "metric name";
    QTest::newRow("control character in a message")
        << QByteArray("a 1\t\n# EOF\n") << "line 1, column 3: invalid value \"1\\t\"";
}

void TestExposition::openMetricsErrors()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, error);
    ExpositionParser parser(Format::OpenMetrics);
    CountingSink sink;
    const Result<ExpositionStats> result = parser.parse(page, sink);
    QVERIFY2(!result.ok(), "accepted an invalid page");
    QCOMPARE(result.error().toString(), error);
}

// ---- numbers ----------------------------------------------------------------------------------

void TestExposition::values_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");

    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (Format format : {Format::PrometheusText, Format::OpenMetrics}) {
        const char *f = format == Format::OpenMetrics ? "om" : "text";
        auto row = [f, format](const char *tag, const char *token, bool valid, double expected) {
            QTest::addRow("%s: %s", f, tag) << QByteArray(token) << format << valid << expected;
        };
        row("integer", "42", true, 42);
        row("negative integer", "-42", true, -42);
        row("plus sign", "+42", true, 42);
        row("leading zeros", "007", true, 7);
        row("decimal", "1.5", true, 1.5);
        row("leading point", ".5", true, 0.5);
        row("trailing point", "5.", true, 5);
        row("exponent", "1e3", true, 1000);
        row("upper exponent", "2.5E-3", true, 0.0025);
        row("signed exponent", "1e+3", true, 1000);
        row("20 digits", "18446744073709551616", true, 18446744073709551616.0);
        row("long fraction", "0.1000000000000000055511151231257827", true, 0.1);
        row("overflow", "1e400", true, inf);
        row("underflow", "1e-400", true, 0);
        row("NaN", "NaN", true, nan);
        row("nan lower case", "nan", true, nan);
        row("+Inf", "+Inf", true, inf);
        row("-Inf", "-Inf", true, -inf);
        row("Inf", "Inf", true, inf);
        row("infinity", "-Infinity", true, -inf);
        row("exponent without digits", "1e", false, 0);
        row("exponent alone", "e3", false, 0);
        row("two signs", "--1", false, 0);
        row("signed NaN", "+NaN", false, 0);
        row("two points", "1.2.3", false, 0);
        row("comma", "1,5", false, 0);
        row("underscore", "1_000", false, 0);
        row("hex without exponent", "0x1", false, 0);
        row("binary", "0b1", false, 0);
        row("point alone", ".", false, 0);
        row("sign alone", "-", false, 0);
        row("word", "infinite", false, 0);
    }
    // Prometheus text follows Go's strconv.ParseFloat, which reads hexadecimal floats.
    QTest::newRow("text: hex float")
        << QByteArray("0x1p-3") << Format::PrometheusText << true << 0.125;
    QTest::newRow("text: negative hex float")
        << QByteArray("-0X1.8P1") << Format::PrometheusText << true << -3.0;
    QTest::newRow("om: hex float") << QByteArray("0x1p-3") << Format::OpenMetrics << false << 0.0;
}

void TestExposition::values()
{
    QFETCH(QByteArray, token);
    QFETCH(Format, format);
    QFETCH(bool, valid);
    QFETCH(double, expected);

    QByteArray page = "a " + token + '\n';
    if (format == Format::OpenMetrics)
        page += "# EOF\n";
    const Result<ExpositionPage> result = parseExpositionPage(page, format);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().toString(), QStringLiteral("line 1, column 3: invalid value \"%1\"")
                                                .arg(QString::fromLatin1(token)));
        return;
    }
    QCOMPARE(result.value().samples.size(), 1);
    const double value = result.value().samples.first().second;
    if (std::isnan(expected))
        QVERIFY(std::isnan(value));
    else
        QVERIFY2(value == expected, qPrintable(renderNumber(value)));
}

// ---- strict and lenient -------------------------------------------------------------------------

void TestExposition::lenient_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("strictError");  // empty: strict accepts it
    QTest::addColumn<QString>("lenientError"); // empty: lenient accepts it
    QTest::addColumn<int>("lenientSamples");

    QTest::newRow("negative histogram sum")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"-1\"} 1\nh_bucket{le=\"+Inf\"} 2\n"
                      "h_sum -3\nh_count 2\n# EOF\n")
        << Format::OpenMetrics << "line 4, column 7: \"h_sum\" must not be negative" << QString()
        << 4;
    QTest::newRow("negative quantile value")
        << QByteArray("# TYPE s summary\ns{quantile=\"0.5\"} -1\n# EOF\n") << Format::OpenMetrics
        << "line 2, column 19: a quantile's value must not be negative" << QString() << 1;
    QTest::newRow("exemplar on a gauge")
        << QByteArray("# TYPE g gauge\ng 1 # {a=\"b\"} 1\n# EOF\n") << Format::OpenMetrics
        << "line 2, column 5: exemplars are allowed only on histogram buckets and counter totals"
        << QString() << 1;
    QTest::newRow("family split in two")
        << QByteArray("a 1\nb 1\na 2\n") << Format::PrometheusText
        << "line 3, column 1: \"a\" was used by an earlier metric family; a family's lines must be "
           "together and names must not clash"
        << QString() << 3;
    QTest::newRow("histogram without +Inf")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\n") << Format::PrometheusText
        << "line 2, column 1: histogram \"h\" has no bucket with le=\"+Inf\"" << QString() << 1;
    QTest::newRow("duplicate label stays an error")
        << QByteArray("a{x=\"1\",x=\"2\"} 1\n") << Format::PrometheusText
        << "line 1, column 9: duplicate label \"x\""
        << "line 1, column 9: duplicate label \"x\"" << 0;
    QTest::newRow("missing EOF stays an error")
        << QByteArray("a 1\n") << Format::OpenMetrics
        << "line 2, column 1: missing \"# EOF\" at the end of an OpenMetrics page"
        << "line 2, column 1: missing \"# EOF\" at the end of an OpenMetrics page" << 0;
    QTest::newRow("valid page") << QByteArray("a 1\n") << Format::PrometheusText << QString()
                                << QString() << 1;
}

void TestExposition::lenient()
{
    QFETCH(QByteArray, page);
    QFETCH(Format, format);
    QFETCH(QString, strictError);
    QFETCH(QString, lenientError);
    QFETCH(int, lenientSamples);

    const Result<ExpositionPage> strict = parseExpositionPage(page, format, Validation::Strict);
    QCOMPARE(strict.ok() ? QString() : strict.error().toString(), strictError);
    const Result<ExpositionPage> lenient = parseExpositionPage(page, format, Validation::Lenient);
    QCOMPARE(lenient.ok() ? QString() : lenient.error().toString(), lenientError);
    if (lenient.ok())
        QCOMPARE(lenient.value().samples.size(), lenientSamples);
}

// ---- real pages ---------------------------------------------------------------------------------

void TestExposition::samplePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<Validation>("validation");
    QTest::addColumn<int>("families");
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("exemplars");
    QTest::addColumn<QString>("firstFamily");

    QTest::newRow("node_exporter, strict")
        << "samples/node_exporter.prom.txt" << Format::PrometheusText << Validation::Strict << 1228
        << 3027 << 3027 << 0 << "go_gc_duration_seconds";
    QTest::newRow("node_exporter, lenient")
        << "samples/node_exporter.prom.txt" << Format::PrometheusText << Validation::Lenient << 1228
        << 3027 << 3027 << 0 << "go_gc_duration_seconds";
    QTest::newRow("alltypes 237 families, strict")
        << "samples/alltypes.237mfs.prom.txt" << Format::PrometheusText << Validation::Strict << 237
        << 1857 << 1857 << 0 << "go_gc_cycles_automatic_gc_cycles_total";
    QTest::newRow("alltypes 5 families OpenMetrics, lenient")
        << "samples/alltypes.5mfs.om.txt" << Format::OpenMetrics << Validation::Lenient << 5 << 53
        << 53 << 6 << "go_build_info";
}

void TestExposition::samplePages()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(Validation, validation);
    QFETCH(int, families);
    QFETCH(int, series);
    QFETCH(int, samples);
    QFETCH(int, exemplars);
    QFETCH(QString, firstFamily);

    const QByteArray bytes = readShared(file);
    QVERIFY(!bytes.isEmpty());
    const Result<ExpositionPage> result = parseExpositionPage(bytes, format, validation);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const ExpositionPage &page = result.value();
    QCOMPARE(page.families.size(), families);
    QCOMPARE(page.seriesCount(), series);
    QCOMPARE(page.samples.size(), samples);
    QCOMPARE(page.timestamps.size(), samples);
    QCOMPARE(page.exemplars, exemplars);
    QCOMPARE(page.families.first().name, firstFamily);
    int counted = 0;
    for (const ExpositionPageFamily &family : page.families) {
        QCOMPARE(family.firstSample, counted);
        counted += family.sampleCount;
    }
    QCOMPARE(counted, samples);
}

void TestExposition::strictRejectsNegativeHistogramSum()
{
    // client_golang writes a _sum for a histogram with negative buckets; OpenMetrics forbids it.
    const QByteArray bytes = readShared(QStringLiteral("samples/alltypes.5mfs.om.txt"));
    QVERIFY(!bytes.isEmpty());
    const Result<ExpositionPage> result = parseExpositionPage(bytes, Format::OpenMetrics);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(),
             QStringLiteral("line 33, column 37: \"rpc_durations_histogram_seconds_sum\" must not "
                            "be negative"));
}

// ---- the parser's contract ----------------------------------------------------------------------

void TestExposition::viewsPointIntoThePage()
{
    // Names and unescaped-free values are views into the page: nothing is copied per sample.
    const QByteArray page = "# TYPE foo gauge\nfoo{a=\"plain\",b=\"es\\\"caped\"} 1\n";
    struct Sink final : ExpositionSink
    {
        QByteArrayView page;
        bool nameInPage = false, plainInPage = false, escapedInPage = true;
        QByteArray escaped;
        static bool inside(QByteArrayView v, QByteArrayView page)
        {
            return v.data() >= page.data() && v.data() + v.size() <= page.data() + page.size();
        }
        void family(const ExpositionFamily &) override {}
        void sample(const ExpositionSample &s) override
        {
            nameInPage = inside(s.name, page);
            plainInPage = inside(s.labels[0].value, page);
            escapedInPage = inside(s.labels[1].value, page);
            escaped = s.labels[1].value.toByteArray();
        }
    } sink;
    sink.page = page;
    ExpositionParser parser;
    QVERIFY(parser.parse(page, sink).ok());
    QVERIFY(sink.nameInPage);
    QVERIFY(sink.plainInPage);
    QVERIFY(!sink.escapedInPage);
    QCOMPARE(sink.escaped, QByteArray("es\"caped"));
}

void TestExposition::noAllocationOnceWarm_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<Validation>("validation");

    QTest::newRow("alltypes, strict")
        << "samples/alltypes.237mfs.prom.txt" << Format::PrometheusText << Validation::Strict;
    QTest::newRow("node_exporter, strict")
        << "samples/node_exporter.prom.txt" << Format::PrometheusText << Validation::Strict;
    QTest::newRow("OpenMetrics, lenient")
        << "samples/alltypes.5mfs.om.txt" << Format::OpenMetrics << Validation::Lenient;
    QTest::newRow("escapes and exemplars, strict")
        << "conformance/openmetrics/escaping/metrics" << Format::OpenMetrics << Validation::Strict;
}

void TestExposition::noAllocationOnceWarm()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(Validation, validation);
    const QByteArray page = readShared(file);
    QVERIFY(!page.isEmpty());
    ExpositionParser parser(format, validation);
    CountingSink sink;
    const long cold = allocations.load();
    QVERIFY(parser.parse(page, sink).ok()); // grows the parser's buffers once
    QVERIFY(allocations.load() > cold);     // the counter does count
    const long before = allocations.load();
    for (int i = 0; i < 3; ++i)
        QVERIFY(parser.parse(page, sink).ok());
    QCOMPARE(allocations.load() - before, 0L);
}

void TestExposition::parserIsReusable()
{
    const QByteArray first = "# TYPE a counter\na_total 1\n# EOF\n";
    const QByteArray broken = "# TYPE a counter\na_total -1\n# EOF\n";
    const QByteArray second = "# TYPE a counter\na_total 2\nb 3\n# EOF\n";
    ExpositionParser parser(Format::OpenMetrics);
    DumpSink one(Format::OpenMetrics);
    QVERIFY(parser.parse(first, one).ok());
    CountingSink ignored;
    QVERIFY(!parser.parse(broken, ignored).ok());
    // The names of the first page must not count as "used earlier" on the next.
    DumpSink two(Format::OpenMetrics);
    const Result<ExpositionStats> stats = parser.parse(second, two);
    QVERIFY2(stats.ok(), qPrintable(stats.error().toString()));
    QCOMPARE(stats.value().families, 2);
    QCOMPARE(stats.value().samples, 2);
    QCOMPARE(two.lines, (QStringList{"# counter a", "a_total 2", "# unknown b", "b 3"}));

    parser.setFormat(Format::PrometheusText);
    parser.setValidation(Validation::Lenient);
    QCOMPARE(parser.format(), Format::PrometheusText);
    QCOMPARE(parser.validation(), Validation::Lenient);
    CountingSink counted;
    QVERIFY(parser.parse("a 1\nb 1\na 1\n", counted).ok());
    QCOMPARE(counted.families, 3);
}

void TestExposition::pageConvenience()
{
    const QByteArray bytes = "# HELP up Is it up.\n# TYPE up gauge\n"
                             "up{job=\"api\",zone=\"\"} 1 1700000000000\n"
                             "# TYPE rt histogram\nrt_bucket{le=\"+Inf\"} 3\nrt_sum 1.5\n"
                             "rt_count 3\n";
    const Result<ExpositionPage> result = parseExpositionPage(bytes, Format::PrometheusText);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const ExpositionPage &page = result.value();
    QCOMPARE(page.format, Format::PrometheusText);
    QCOMPARE(page.families.size(), 2);
    QCOMPARE(page.families[0].name, QStringLiteral("up"));
    QCOMPARE(page.families[0].type, MetricType::Gauge);
    QCOMPARE(page.families[0].help, QStringLiteral("Is it up."));
    QCOMPARE(page.families[0].firstSample, 0);
    QCOMPARE(page.families[0].sampleCount, 1);
    QCOMPARE(page.families[1].type, MetricType::Histogram);
    QCOMPARE(page.families[1].firstSample, 1);
    QCOMPARE(page.families[1].sampleCount, 3);
    QCOMPARE(page.samples.size(), 4);
    // The name becomes __name__; an empty label value means no label, as in Prometheus.
    QCOMPARE(page.samples[0].first, (Labels{{QStringLiteral("__name__"), QStringLiteral("up")},
                                            {QStringLiteral("job"), QStringLiteral("api")}}));
    QCOMPARE(page.samples[0].second, 1.0);
    QCOMPARE(page.timestamps[0], std::optional<qint64>(1700000000000));
    QCOMPARE(page.samples[1].first.value(u"le"), QStringLiteral("+Inf"));
    QCOMPARE(page.samples[2].first.metricName(), QStringLiteral("rt_sum"));
    QCOMPARE(page.samples[2].second, 1.5);
    QCOMPARE(page.timestamps[2], std::optional<qint64>());
    QCOMPARE(page.seriesCount(), 4);
}

void TestExposition::ingestIntoSeriesStore()
{
    const QByteArray bytes = readShared(QStringLiteral("samples/node_exporter.prom.txt"));
    const Result<ExpositionPage> result = parseExpositionPage(bytes, Format::PrometheusText);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    SeriesStore store;
    const SeriesStore::IngestReport report =
        store.ingest(QStringLiteral("node"), 1000, result.value().samples);
    QCOMPARE(report.samples, 3027);
    QCOMPARE(report.newSeries, 3027);
    QCOMPARE(store.seriesCount(), result.value().seriesCount());
}

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
