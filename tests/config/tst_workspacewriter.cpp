#include "models/config/workspacewriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Wk;

using WriterOp = std::function<Result<bool>(WorkspaceWriter &)>;
Q_DECLARE_METATYPE(WriterOp)

namespace {

TargetConfig target(const QString &name, TargetConfig::Kind kind, const QString &url,
                    qint64 intervalMs)
{
    TargetConfig t;
    t.name = name;
    t.kind = kind;
    t.url = QUrl(url);
    t.intervalMs = intervalMs;
    t.timeoutMs = std::min<qint64>(10'000, intervalMs);
    return t;
}

// The target as the writer reads it back, changed by `change`, written again.
WriterOp editTarget(const QString &name, std::function<void(TargetConfig &)> change,
                    const QString &newName = {})
{
    return [=](WorkspaceWriter &w) -> Result<bool> {
        for (TargetConfig t : w.targets()) {
            if (t.name != name)
                continue;
            change(t);
            if (!newName.isEmpty())
                t.name = newName;
            return w.setTarget(t, name);
        }
        return Error(QStringLiteral("test: no target %1").arg(name));
    };
}

const QByteArray commented = R"(# Production workspace
title: Prod   # shown in the title bar

targets:
  # the API's health, every 30 s
  - name: api-health
    url: http://10.0.0.1:8080/api/health   # behind the VPN
    # polled as the guide says
    interval: 30s

  # metrics
  - name: api
    url: http://10.0.0.1:8080/metrics
    labels: {env: prod}  # one team
# the database stays local
database: state.db
)";

} // namespace

class TestWorkspaceWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("WK_WRITER_TOKEN", "the-secret"); }

    void edits_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<WriterOp>("op");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("add a target after the last one; comments above, inside, after stay")
            << commented << WriterOp([](WorkspaceWriter &w) {
                   return w.setTarget(target(QStringLiteral("web"), TargetConfig::Kind::Metrics,
                                             QStringLiteral("http://web:9100/metrics"), 15'000));
               })
            << QByteArray(R"(# Production workspace
title: Prod   # shown in the title bar

targets:
  # the API's health, every 30 s
  - name: api-health
    url: http://10.0.0.1:8080/api/health   # behind the VPN
    # polled as the guide says
    interval: 30s

  # metrics
  - name: api
    url: http://10.0.0.1:8080/metrics
    labels: {env: prod}  # one team
  - name: web
    kind: metrics
    url: http://web:9100/metrics
    interval: 15s
# the database stays local
database: state.db
)");

        QTest::newRow("change a url: only the value changes, the comment after it stays")
            << commented
            << editTarget(
                   QStringLiteral("api-health"),
                   [](TargetConfig &t) { t.url = QUrl("https://api.example.com/api/health"); })
            << QByteArray(commented).replace("http://10.0.0.1:8080/api/health",
                                             "https://api.example.com/api/health");

        QTest::newRow("change an interval; the comment above the key stays")
            << commented
            << editTarget(QStringLiteral("api-health"),
                          [](TargetConfig &t) { t.intervalMs = 60'000; })
            << QByteArray(commented).replace("interval: 30s", "interval: 1m");

        QTest::newRow("rename a target")
            << commented
            << editTarget(
                   QStringLiteral("api"), [](TargetConfig &) {}, QStringLiteral("api-metrics"))
            << QByteArray(commented).replace("- name: api\n", "- name: api-metrics\n");

        QTest::newRow("flow labels edited in place, comment after them stays")
            << commented
            << editTarget(QStringLiteral("api"),
                          [](TargetConfig &t) {
                              t.labels[QStringLiteral("env")] = QStringLiteral("staging");
                          })
            << QByteArray(commented).replace("{env: prod}", "{env: staging}");

        QTest::newRow("labels removed: the key goes, the rest stays")
            << commented
            << editTarget(QStringLiteral("api"), [](TargetConfig &t) { t.labels.clear(); })
            << QByteArray(commented).replace("    labels: {env: prod}  # one team\n", "");

        QTest::newRow("nested tls and credentials added as block keys after the last key")
            << commented
            << editTarget(QStringLiteral("api-health"),
                          [](TargetConfig &t) {
                              t.tls.insecureSkipVerify = true;
                              t.tls.caFile = QStringLiteral("/etc/ssl/ca.pem");
                              t.credentialsFile = QStringLiteral("/etc/wk/token");
                          })
            << QByteArray(commented).replace("    interval: 30s\n", R"(    interval: 30s
    tls:
      ca_file: /etc/ssl/ca.pem
      insecure_skip_verify: true
    credentials_file: /etc/wk/token
)");

        QTest::newRow("remove a target with the comment above it; its neighbours stay")
            << commented << WriterOp([](WorkspaceWriter &w) {
                   return w.removeTarget(QStringLiteral("api-health"));
               })
            << QByteArray(R"(# Production workspace
title: Prod   # shown in the title bar

targets:

  # metrics
  - name: api
    url: http://10.0.0.1:8080/metrics
    labels: {env: prod}  # one team
# the database stays local
database: state.db
)");

        QTest::newRow("remove the last target; the comment after it stays")
            << commented
            << WriterOp([](WorkspaceWriter &w) { return w.removeTarget(QStringLiteral("api")); })
            << QByteArray(R"(# Production workspace
title: Prod   # shown in the title bar

targets:
  # the API's health, every 30 s
  - name: api-health
    url: http://10.0.0.1:8080/api/health   # behind the VPN
    # polled as the guide says
    interval: 30s

# the database stays local
database: state.db
)");

        QTest::newRow("set the title; the comment after it stays")
            << commented << WriterOp([](WorkspaceWriter &w) {
                   return w.setValue({QStringLiteral("title")}, QStringLiteral("Staging: EU"));
               })
            << QByteArray(commented).replace("title: Prod ", "title: \"Staging: EU\" ");

        QTest::newRow("a missing key is added after the last entry, before trailing comments")
            << QByteArray("targets:\n  - name: a\n    url: http://a/api/health\n# end\n")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setValue({QStringLiteral("title")}, QStringLiteral("A"));
               })
            << QByteArray("targets:\n  - name: a\n    url: http://a/api/health\ntitle: A\n# end\n");

        QTest::newRow("a kind the url no longer implies is written out")
            << QByteArray("targets:\n  - name: m   # scraped\n    url: http://a/metrics\n")
            << editTarget(QStringLiteral("m"),
                          [](TargetConfig &t) { t.url = QUrl("http://a/stats"); })
            << QByteArray("targets:\n  - name: m   # scraped\n    url: http://a/stats\n"
                          "    kind: metrics\n    interval: 15s\n");

        QTest::newRow("credentials removed with the comment above them") << QByteArray(R"(targets:
  - name: a
    url: https://a/api/health
    # rotated monthly
    credentials_file: /etc/wk/token
    timeout: 5s
)") << editTarget(QStringLiteral("a"), [](TargetConfig &t) {
            t.credentialsFile.clear();
        }) << QByteArray("targets:\n  - name: a\n    url: https://a/api/health\n    timeout: 5s\n");

        QTest::newRow("bearer token as an environment reference")
            << QByteArray("targets:\n  - name: a\n    url: https://a/api/health\n")
            << editTarget(
                   QStringLiteral("a"),
                   [](TargetConfig &t) { t.bearerToken = QStringLiteral("${WK_WRITER_TOKEN}"); })
            << QByteArray("targets:\n  - name: a\n    url: https://a/api/health\n"
                          "    bearer_token: \"${WK_WRITER_TOKEN}\"\n");

        QTest::newRow("flow list on one line: a target is appended in flow style")
            << QByteArray("targets: [{name: a, url: \"http://a/api/health\"}]  # one so far\n")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setTarget(target(QStringLiteral("b"), TargetConfig::Kind::Health,
                                             QStringLiteral("http://b/api/health"), 30'000));
               })
            << QByteArray("targets: [{name: a, url: \"http://a/api/health\"}, {name: b, kind: "
                          "health, url: http://b/api/health, interval: 30s}]  # one so far\n");

        QTest::newRow("flow list over lines: the new item gets its own line")
            << QByteArray("targets: [\n  {name: a, url: \"http://a/api/health\"},   # first\n"
                          "  {name: b, url: \"http://b/api/health\"}\n]\n")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setTarget(target(QStringLiteral("c"), TargetConfig::Kind::Metrics,
                                             QStringLiteral("http://c/metrics"), 15'000));
               })
            << QByteArray("targets: [\n  {name: a, url: \"http://a/api/health\"},   # first\n"
                          "  {name: b, url: \"http://b/api/health\"},\n"
                          "  {name: c, kind: metrics, url: http://c/metrics, interval: 15s}\n]\n");

        QTest::newRow("flow list: the middle item removed with its comma")
            << QByteArray("targets: [{name: a, url: http://a/metrics}, {name: b, url: "
                          "http://b/metrics}, {name: c, url: http://c/metrics}]\n")
            << WriterOp([](WorkspaceWriter &w) { return w.removeTarget(QStringLiteral("b")); })
            << QByteArray("targets: [{name: a, url: http://a/metrics}, {name: c, url: "
                          "http://c/metrics}]\n");

        QTest::newRow("flow list: the last item removed with the comma before it")
            << QByteArray("targets: [{name: a, url: http://a/metrics}, {name: b, url: "
                          "http://b/metrics}]\n")
            << WriterOp([](WorkspaceWriter &w) { return w.removeTarget(QStringLiteral("b")); })
            << QByteArray("targets: [{name: a, url: http://a/metrics}]\n");

        QTest::newRow("flow item in a block list: rewritten in flow style, keys in order")
            << QByteArray("targets:\n  # the one\n  - {name: a, url: http://a/metrics}  # fast\n")
            << editTarget(QStringLiteral("a"),
                          [](TargetConfig &t) {
                              t.intervalMs = 5'000;
                              t.timeoutMs = 5'000;
                          })
            << QByteArray("targets:\n  # the one\n  - {name: a, url: http://a/metrics, interval: "
                          "5s}  # fast\n");

        QTest::newRow("empty flow list becomes a block list")
            << QByteArray("title: New\ntargets: []\n") << WriterOp([](WorkspaceWriter &w) {
                   return w.setTarget(target(QStringLiteral("a"), TargetConfig::Kind::Health,
                                             QStringLiteral("http://a/api/health"), 30'000));
               })
            << QByteArray("title: New\ntargets:\n  - name: a\n    kind: health\n    url: "
                          "http://a/api/health\n    interval: 30s\n");

        QTest::newRow("the only block item removed leaves an empty list")
            << QByteArray("targets:\n  - name: a   # gone soon\n    url: "
                          "http://a/metrics\ndatabase: x.db\n")
            << WriterOp([](WorkspaceWriter &w) { return w.removeTarget(QStringLiteral("a")); })
            << QByteArray("targets: []\ndatabase: x.db\n");

        QTest::newRow("list at column 0 keeps its indentation")
            << QByteArray("targets:\n- name: a\n  url: http://a/metrics\n")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setTarget(target(QStringLiteral("b"), TargetConfig::Kind::Metrics,
                                             QStringLiteral("http://b/metrics"), 15'000));
               })
            << QByteArray("targets:\n- name: a\n  url: http://a/metrics\n- name: b\n  kind: "
                          "metrics\n  url: http://b/metrics\n  interval: 15s\n");

        QTest::newRow("dash on its own line")
            << QByteArray("targets:\n  -\n    name: a\n    url: http://a/metrics\n  -\n    name: "
                          "b\n    url: http://b/metrics\n")
            << WriterOp([](WorkspaceWriter &w) { return w.removeTarget(QStringLiteral("a")); })
            << QByteArray("targets:\n  -\n    name: b\n    url: http://b/metrics\n");

        QTest::newRow("first key of an item removed: the next key moves onto the dash line")
            << QByteArray("targets:\n  - instance: x:1\n    name: a\n    url: http://a/metrics\n")
            << editTarget(QStringLiteral("a"), [](TargetConfig &t) { t.instanceLabel.clear(); })
            << QByteArray("targets:\n  - name: a\n    url: http://a/metrics\n");

        QTest::newRow("CRLF line endings stay CRLF")
            << QByteArray("# note\r\ntargets:\r\n  - name: a\r\n    url: http://a/metrics\r\n")
            << editTarget(QStringLiteral("a"), [](TargetConfig &t) { t.intervalMs = 30'000; })
            << QByteArray("# note\r\ntargets:\r\n  - name: a\r\n    url: http://a/metrics\r\n"
                          "    interval: 30s\r\n");

        QTest::newRow("notification channel: the missing section is created")
            << QByteArray("targets:\n  - name: a\n    url: http://a/metrics\n# end\n")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setListItem(
                       {QStringLiteral("notifications"), QStringLiteral("channels")},
                       QStringLiteral("ops"),
                       {{QStringLiteral("type"), QStringLiteral("slack")},
                        {QStringLiteral("severities"), QStringList{QStringLiteral("critical")}},
                        {QStringLiteral("url_file"), QStringLiteral("/etc/wk/slack")}});
               })
            << QByteArray("targets:\n  - name: a\n    url: http://a/metrics\nnotifications:\n"
                          "  channels:\n    - name: ops\n      type: slack\n      severities: "
                          "[critical]\n      url_file: /etc/wk/slack\n# end\n");

        QTest::newRow("notification channel edited: kept keys and comments stay")
            << QByteArray("targets: []\nnotifications:\n  channels:\n    # the on-call room\n"
                          "    - name: ops\n      type: slack   # the team's\n"
                          "      url_file: /etc/wk/slack\n")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setListItem(
                       {QStringLiteral("notifications"), QStringLiteral("channels")},
                       QStringLiteral("ops"),
                       {{QStringLiteral("severities"),
                         QStringList{QStringLiteral("critical"), QStringLiteral("high")}}},
                       {QStringLiteral("type"), QStringLiteral("url_file")}, QStringLiteral("ops"));
               })
            << QByteArray("targets: []\nnotifications:\n  channels:\n    # the on-call room\n"
                          "    - name: ops\n      type: slack   # the team's\n"
                          "      url_file: /etc/wk/slack\n      severities: [critical, high]\n");
        QTest::newRow("a quoted url is replaced with its quotes' span, the comment stays")
            << QByteArray(
                   "targets:\n  - name: a\n    url: \"http://a/api/health\"   # \"old\" one\n")
            << editTarget(QStringLiteral("a"),
                          [](TargetConfig &t) { t.url = QUrl("http://b:8080/api/health"); })
            << QByteArray(
                   "targets:\n  - name: a\n    url: http://b:8080/api/health   # \"old\" one\n");

        QTest::newRow("text that is not ASCII before an edit on the same line")
            << QByteArray("targets:\n  - {name: zurich, url: http://z/metrics, labels: "
                          "{city: Z\xc3\xbcrich}}\n")
            << editTarget(QStringLiteral("zurich"),
                          [](TargetConfig &t) {
                              t.intervalMs = 30'000;
                              t.timeoutMs = 10'000;
                          })
            << QByteArray("targets:\n  - {name: zurich, url: http://z/metrics, labels: "
                          "{city: Z\xc3\xbcrich}, interval: 30s}\n");

        QTest::newRow("non-ASCII comment above: block edit still lands on the right bytes")
            << QByteArray("# \xc3\xa9t\xc3\xa9 \xe2\x80\x94 r\xc3\xa9sum\xc3\xa9\ntargets:\n  - "
                          "name: a   # caf\xc3\xa9\n    url: http://a/metrics\n")
            << editTarget(QStringLiteral("a"),
                          [](TargetConfig &t) {
                              t.labels[QStringLiteral("site")] = QString::fromUtf8("Montr\xc3\xa9"
                                                                                   "al");
                          })
            << QByteArray("# \xc3\xa9t\xc3\xa9 \xe2\x80\x94 r\xc3\xa9sum\xc3\xa9\ntargets:\n  - "
                          "name: a   # caf\xc3\xa9\n    url: http://a/metrics\n    labels:\n      "
                          "site: Montr\xc3\xa9"
                          "al\n");
    }

    void edits()
    {
        QFETCH(QByteArray, input);
        QFETCH(WriterOp, op);
        QFETCH(QByteArray, expected);
        auto writer = WorkspaceWriter::fromText(input, QStringLiteral("/tmp/wk-writer-test.yml"));
        QVERIFY2(writer.ok(), qPrintable(writer.error().toString()));
        const auto r = op(writer.value());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(QString::fromUtf8(writer.value().text()), QString::fromUtf8(expected));
        QVERIFY(WorkspaceLoader::loadText(writer.value().text()).ok());
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<WriterOp>("op");
        QTest::addColumn<QString>("error");

        QTest::newRow("timeout longer than the interval")
            << editTarget(QStringLiteral("api"),
                          [](TargetConfig &t) {
                              t.intervalMs = 2'000;
                              t.timeoutMs = 5'000;
                          })
            << QStringLiteral("timeout must not be longer than the interval");
        QTest::newRow("a secret written inline")
            << editTarget(QStringLiteral("api"),
                          [](TargetConfig &t) { t.bearerToken = QStringLiteral("s3cret"); })
            << QStringLiteral("environment reference");
        QTest::newRow("an environment variable that is not set")
            << editTarget(QStringLiteral("api"),
                          [](TargetConfig &t) {
                              t.bearerToken = QStringLiteral("${WK_WRITER_SURELY_UNSET}");
                          })
            << QStringLiteral("WK_WRITER_SURELY_UNSET is not set");
        QTest::newRow("a second target with an existing name") << WriterOp([](WorkspaceWriter &w) {
            return w.addTarget(target(QStringLiteral("api"), TargetConfig::Kind::Metrics,
                                      QStringLiteral("http://x/metrics"), 15'000));
        }) << QStringLiteral("a target named \"api\" exists already");
        QTest::newRow("renamed onto another target")
            << editTarget(
                   QStringLiteral("api"), [](TargetConfig &) {}, QStringLiteral("api-health"))
            << QStringLiteral("exists already");
        QTest::newRow("a target name the loader refuses")
            << editTarget(
                   QStringLiteral("api"), [](TargetConfig &) {}, QStringLiteral("9 lives"))
            << QStringLiteral("may use letters, digits");
        QTest::newRow("a url that is not http")
            << editTarget(QStringLiteral("api"),
                          [](TargetConfig &t) { t.url = QUrl("ftp://x/metrics"); })
            << QStringLiteral("is not an http:// or https:// URL");
        QTest::newRow("removing a target that is not there")
            << WriterOp([](WorkspaceWriter &w) { return w.removeTarget(QStringLiteral("nope")); })
            << QStringLiteral("no item named \"nope\"");
        QTest::newRow("a mapping where the loader wants a value")
            << WriterOp([](WorkspaceWriter &w) {
                   return w.setValue({QStringLiteral("title")},
                                     QVariantMap{{QStringLiteral("a"), QStringLiteral("b")}});
               })
            << QStringLiteral("title must be a single value");
        QTest::newRow("an unknown top-level key") << WriterOp([](WorkspaceWriter &w) {
            return w.setValue({QStringLiteral("colour")}, QStringLiteral("blue"));
        }) << QStringLiteral("unknown key \"colour\"");
    }

    void refusesInvalid()
    {
        QFETCH(WriterOp, op);
        QFETCH(QString, error);
        auto writer =
            WorkspaceWriter::fromText(commented, QStringLiteral("/tmp/wk-writer-test.yml"));
        QVERIFY(writer.ok());
        const auto r = op(writer.value());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(error), qPrintable(r.error().toString()));
        QCOMPARE(writer.value().text(), commented);
        QVERIFY(!writer.value().isModified());
        QVERIFY(!writer.value().text().contains("s3cret"));
    }

    void targetsKeepReferences()
    {
        auto writer = WorkspaceWriter::fromText(
            "targets:\n  - name: a\n    url: https://a/api/health\n    bearer_token: "
            "${WK_WRITER_TOKEN}\n");
        QVERIFY(writer.ok());
        QCOMPARE(writer.value().workspace().targets.value(0).bearerToken,
                 QStringLiteral("the-secret"));
        QCOMPARE(writer.value().targets().value(0).bearerToken,
                 QStringLiteral("${WK_WRITER_TOKEN}"));
        // Editing another key leaves the reference as written.
        TargetConfig t = writer.value().targets().value(0);
        t.intervalMs = 60'000;
        QVERIFY(writer.value().setTarget(t).ok());
        QVERIFY(writer.value().text().contains("bearer_token: ${WK_WRITER_TOKEN}\n"));
        QVERIFY(!writer.value().text().contains("the-secret"));
    }

    void validatorRefuses()
    {
        auto writer = WorkspaceWriter::fromText(commented);
        QVERIFY(writer.ok());
        writer.value().addValidator(
            [](const QByteArray &text, const QString &) -> std::optional<Error> {
                if (text.contains("forbidden"))
                    return Error(QStringLiteral("the word is forbidden"));
                return std::nullopt;
            });
        const auto r =
            writer.value().setValue({QStringLiteral("title")}, QStringLiteral("forbidden"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("the word is forbidden")));
        QCOMPARE(writer.value().text(), commented);
    }

    void flowRootIsRefused()
    {
        auto writer = WorkspaceWriter::fromText("{targets: [{name: a, url: http://a/metrics}]}");
        QVERIFY(writer.ok());
        const auto r = writer.value().removeTarget(QStringLiteral("a"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("flow mapping")));
    }

    void saveWritesAtomicallyAndOnlyValidText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ws.yml"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(commented);
        }
        auto writer = WorkspaceWriter::open(path);
        QVERIFY2(writer.ok(), qPrintable(writer.error().toString()));
        QCOMPARE(writer.value().path(), QFileInfo(path).absoluteFilePath());
        // A refused edit changes nothing on disk, even after save().
        QVERIFY(!writer.value().setValue({QStringLiteral("colour")}, QStringLiteral("x")).ok());
        QVERIFY(writer.value().save().ok());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), commented);
        }
        QVERIFY(writer.value()
                    .setTarget(target(QStringLiteral("web"), TargetConfig::Kind::Health,
                                      QStringLiteral("http://web/api/health"), 30'000))
                    .ok());
        QVERIFY(writer.value().isModified());
        QVERIFY(writer.value().save().ok());
        QVERIFY(!writer.value().isModified());
        const auto loaded = WorkspaceLoader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.value().targets.size(), 3);
        QVERIFY(loaded.value().target(QStringLiteral("web")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray onDisk = f.readAll();
        QVERIFY(onDisk.contains("# polled as the guide says\n"));
        QVERIFY(onDisk.contains("labels: {env: prod}  # one team\n"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("ws.yml")});
    }

    void newFileText()
    {
        TargetConfig t = target(QStringLiteral("svc-health"), TargetConfig::Kind::Health,
                                QStringLiteral("http://127.0.0.1:8080/api/health"), 30'000);
        QCOMPARE(WorkspaceWriter::targetItemText(t, 2),
                 QByteArray("  - name: svc-health\n    kind: health\n    url: "
                            "http://127.0.0.1:8080/api/health\n    interval: 30s\n"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceWriter)
#include "tst_workspacewriter.moc"
