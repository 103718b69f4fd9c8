#include "models/alerts/alertmanagercodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Wk;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(WK_SHARED_DIR "/samples/servers/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", name);
    return f.readAll();
}

qint64 at(const char *rfc3339)
{
    return *AlertmanagerCodec::parseTime(QString::fromLatin1(rfc3339));
}

// The property names and required names of a definition in Alertmanager's OpenAPI spec,
// following allOf.
void specOf(const YAML::Node &defs, const std::string &name, QStringList &properties,
            QStringList &required)
{
    const YAML::Node def = defs[name];
    const auto collect = [&](const YAML::Node &node) {
        if (node["properties"]) {
            for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it)
                properties << QString::fromStdString(it->first.as<std::string>());
        }
        if (node["required"]) {
            for (const YAML::Node &r : node["required"])
                required << QString::fromStdString(r.as<std::string>());
        }
    };
    if (def["allOf"]) {
        for (const YAML::Node &part : def["allOf"]) {
            if (part["$ref"]) {
                const std::string ref = part["$ref"].as<std::string>();
                specOf(defs, ref.substr(ref.rfind('/') + 1), properties, required);
            } else {
                collect(part);
            }
        }
    } else {
        collect(def);
    }
}

void checkAgainstSpec(const QJsonObject &o, const char *definition)
{
    const YAML::Node spec = YAML::LoadFile(WK_SHARED_DIR "/samples/alertmanager-openapi-v2.yaml");
    QStringList properties;
    QStringList required;
    specOf(spec["definitions"], definition, properties, required);
    QVERIFY(!properties.isEmpty());
    for (const QString &key : o.keys())
        QVERIFY2(properties.contains(key) || key == QLatin1String("id"),
                 qPrintable(
                     QStringLiteral("%1 has no property %2").arg(QLatin1String(definition), key)));
    for (const QString &key : std::as_const(required))
        QVERIFY2(o.contains(key),
                 qPrintable(QStringLiteral("%1 needs %2").arg(QLatin1String(definition), key)));
}

} // namespace

class TestAlertmanagerCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertGroups()
    {
        const auto r = AlertmanagerCodec::decodeAlertGroups(sample("am_alert_groups.json"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().size(), 1);
        const RemoteAlert &a = r.value().first();
        QCOMPARE(a.alert.id, 0x76966cb8717feb4dull);
        QCOMPARE(Alert::fingerprintToString(a.alert.id), QStringLiteral("76966cb8717feb4d"));
        QCOMPARE(a.alert.alertName(), QStringLiteral("DiskFull"));
        QCOMPARE(a.alert.ruleName, QStringLiteral("DiskFull"));
        QCOMPARE(a.alert.labels.value(u"instance"), QStringLiteral("host-7"));
        QCOMPARE(a.alert.severity(), QStringLiteral("critical"));
        QCOMPARE(a.alert.annotations.value(QStringLiteral("summary")),
                 QStringLiteral("Disk 95% full on host-7"));
        QCOMPARE(a.alert.state, Alert::State::Firing);
        QCOMPARE(a.alert.activeAtMs, at("2026-11-27T16:22:19Z"));
        QCOMPARE(*a.alert.firedAtMs, a.alert.activeAtMs);
        QCOMPARE(a.endsAtMs, at("2026-11-27T17:22:19Z"));
        QCOMPARE(a.updatedAtMs, at("2026-11-27T16:22:19.644Z"));
        QCOMPARE(a.state, QStringLiteral("active"));
        QVERIFY(a.silencedBy.isEmpty());
        QVERIFY(a.inhibitedBy.isEmpty());
        QCOMPARE(a.receivers, QStringList{QStringLiteral("null")});
        QCOMPARE(a.generatorUrl, QStringLiteral("http://127.0.0.1:9090/graph"));
    }

    void alertsAfterSilence()
    {
        const auto r = AlertmanagerCodec::decodeAlerts(sample("am_alerts_after_silence.json"));
        QVERIFY(r);
        QCOMPARE(r.value().first().state, QStringLiteral("suppressed"));
        QCOMPARE(r.value().first().silencedBy,
                 QStringList{QStringLiteral("c7317d03-920e-472f-a3fa-3f6d46046183")});
    }

    void alertsFromPrometheusRule()
    {
        const auto r = AlertmanagerCodec::decodeAlerts(sample("am_alerts_with_prom_rule.json"));
        QVERIFY(r);
        QCOMPARE(r.value().size(), 2);
        const RemoteAlert &demo = r.value().at(1);
        QCOMPARE(demo.alert.alertName(), QStringLiteral("DemoAlwaysFiring"));
        QCOMPARE(demo.generatorUrl,
                 QStringLiteral("http://vm:9090/graph?g0.expr=vector%281%29&g0.tab=1"));
        QCOMPARE(demo.alert.activeAtMs, at("2026-11-27T16:21:42.364Z"));
        QVERIFY(r.value().at(0).alert.id != demo.alert.id);
        QCOMPARE(AlertmanagerCodec::expressionFromGeneratorUrl(demo.generatorUrl),
                 QStringLiteral("vector(1)"));
        QCOMPARE(AlertmanagerCodec::expressionFromGeneratorUrl(r.value().at(0).generatorUrl),
                 QString());
    }

    void duplicateAcrossGroups()
    {
        // The same alert routed to two receivers appears in two groups: one alert, both names.
        QJsonArray groups = QJsonDocument::fromJson(sample("am_alert_groups.json")).array();
        QJsonObject second = groups.at(0).toObject();
        QJsonArray alerts = second.value(QLatin1String("alerts")).toArray();
        QJsonObject alert = alerts.at(0).toObject();
        alert.insert(QStringLiteral("receivers"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("pager")}}});
        alerts.replace(0, alert);
        second.insert(QStringLiteral("alerts"), alerts);
        groups.append(second);
        const auto r = AlertmanagerCodec::decodeAlertGroups(QJsonDocument(groups).toJson());
        QVERIFY(r);
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value().first().receivers,
                 (QStringList{QStringLiteral("null"), QStringLiteral("pager")}));
    }

    void silences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state"); // at the sample's updatedAt
        QTest::addColumn<qint64>("endsAt");
        QTest::newRow("active") << "am_silences_active.json"
                                << "active" << at("2026-11-27T17:22:19Z");
        QTest::newRow("after expire") << "am_silences_after_expire.json"
                                      << "expired" << at("2026-11-27T16:22:23.469Z");
    }
    void silences()
    {
        QFETCH(QString, file);
        QFETCH(QString, state);
        QFETCH(qint64, endsAt);
        const auto r = AlertmanagerCodec::decodeSilences(sample(qPrintable(file)));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().size(), 1);
        const Silence &s = r.value().first();
        QCOMPARE(s.id, QStringLiteral("c7317d03-920e-472f-a3fa-3f6d46046183"));
        QCOMPARE(s.matchers.size(), 1);
        QCOMPARE(s.matchers.first().toString(), QStringLiteral("alertname=\"DiskFull\""));
        QCOMPARE(s.createdBy, QStringLiteral("check"));
        QCOMPARE(s.comment, QStringLiteral("toolchain check"));
        QCOMPARE(s.startsAtMs, at("2026-11-27T16:22:21.871Z"));
        QCOMPARE(s.endsAtMs, endsAt);
        QCOMPARE(Silence::stateName(s.stateAt(s.updatedAtMs)), state);
    }

    void silenceAndId()
    {
        const auto s = AlertmanagerCodec::decodeSilence(sample("am_silence_get.json"));
        QVERIFY(s);
        QCOMPARE(s.value().id, QStringLiteral("c7317d03-920e-472f-a3fa-3f6d46046183"));
        const auto id = AlertmanagerCodec::decodeSilenceId(sample("am_post_silence_response.json"));
        QVERIFY(id);
        QCOMPARE(id.value(), QStringLiteral("c7317d03-920e-472f-a3fa-3f6d46046183"));
        QVERIFY(!AlertmanagerCodec::decodeSilenceId("{}"));
    }

    void encodeSilenceAsCaptured()
    {
        // The body the toolchain check posted, rebuilt from a Silence.
        Silence s;
        s.matchers << LabelMatcher(QStringLiteral("alertname"), LabelMatcher::Op::Equal,
                                   QStringLiteral("DiskFull"));
        s.startsAtMs = at("2026-11-27T16:22:19Z");
        s.endsAtMs = at("2026-11-27T17:22:19Z");
        s.createdBy = QStringLiteral("check");
        s.comment = QStringLiteral("toolchain check");
        const QJsonObject ours =
            QJsonDocument::fromJson(AlertmanagerCodec::encodeSilence(s)).object();
        const QJsonObject captured =
            QJsonDocument::fromJson(sample("am_post_silence_body.json")).object();
        QCOMPARE(ours.keys(), captured.keys());
        QCOMPARE(ours.value(QLatin1String("matchers")), captured.value(QLatin1String("matchers")));
        for (const char *key : {"startsAt", "endsAt"}) {
            QCOMPARE(at(qPrintable(ours.value(QLatin1String(key)).toString())),
                     at(qPrintable(captured.value(QLatin1String(key)).toString())));
        }
        checkAgainstSpec(ours, "silence");
        for (const QJsonValue &m : ours.value(QLatin1String("matchers")).toArray())
            checkAgainstSpec(m.toObject(), "matcher");
        // Editing carries the id; the decoded matchers round-trip every operator.
        s.id = QStringLiteral("abc");
        s.matchers << LabelMatcher::parse(QStringLiteral("a!=b"))
                   << LabelMatcher::parse(QStringLiteral("c=~d.*"))
                   << LabelMatcher::parse(QStringLiteral("e!~f"));
        const QJsonObject edit =
            QJsonDocument::fromJson(AlertmanagerCodec::encodeSilence(s)).object();
        QCOMPARE(edit.value(QLatin1String("id")).toString(), QStringLiteral("abc"));
        const auto back =
            AlertmanagerCodec::matchersFromJson(edit.value(QLatin1String("matchers")).toArray());
        QVERIFY(back);
        QVERIFY(back.value() == s.matchers);
    }

    void encodeAlertsAsCaptured()
    {
        Alert a;
        a.labels = Labels{{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                          {QStringLiteral("instance"), QStringLiteral("host-7")},
                          {QStringLiteral("severity"), QStringLiteral("critical")}};
        a.annotations.insert(QStringLiteral("summary"), QStringLiteral("Disk 95% full on host-7"));
        a.activeAtMs = at("2026-11-27T16:22:19Z");
        const QJsonArray ours =
            QJsonDocument::fromJson(
                AlertmanagerCodec::encodeAlerts({a}, at("2026-11-27T17:22:19Z"),
                                                QStringLiteral("http://127.0.0.1:9090/graph")))
                .array();
        const QJsonArray captured =
            QJsonDocument::fromJson(sample("am_post_alert_body.json")).array();
        QCOMPARE(ours.size(), 1);
        const QJsonObject o = ours.first().toObject();
        const QJsonObject c = captured.first().toObject();
        QCOMPARE(o.keys(), c.keys());
        QCOMPARE(o.value(QLatin1String("labels")), c.value(QLatin1String("labels")));
        QCOMPARE(o.value(QLatin1String("annotations")), c.value(QLatin1String("annotations")));
        checkAgainstSpec(o, "postableAlert");
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("[{") << "not JSON";
        QTest::newRow("object, not a list") << QByteArray("{}") << "expected a list";
        QTest::newRow("bad fingerprint") << QByteArray("[{\"alerts\":[{\"fingerprint\":\"xyz\","
                                                       "\"startsAt\":\"2026-01-01T00:00:00Z\"}]}]")
                                         << "fingerprint \"xyz\"";
        QTest::newRow("no start")
            << QByteArray("[{\"alerts\":[{\"fingerprint\":\"ab\",\"startsAt\":\"yesterday\"}]}]")
            << "startsAt";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto r = AlertmanagerCodec::decodeAlertGroups(json);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << "2026-11-27T16:22:19Z" << qint64(1795796539000);
        QTest::newRow("milliseconds") << "2026-11-27T16:22:19.644Z" << qint64(1795796539644);
        QTest::newRow("nanoseconds") << "2026-11-27T16:22:19.644123456Z" << qint64(1795796539644);
        QTest::newRow("offset") << "2026-11-27T17:22:19.5+01:00" << qint64(1795796539500);
        QTest::newRow("Go zero time") << "0001-01-01T00:00:00Z" << qint64(0);
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(*AlertmanagerCodec::parseTime(text), ms);
        QVERIFY(!AlertmanagerCodec::parseTime(QStringLiteral("27/11/2026")));
        QCOMPARE(AlertmanagerCodec::formatTime(1795796539644),
                 QStringLiteral("2026-11-27T16:22:19.644Z"));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerCodec)
#include "tst_alertmanagercodec.moc"
