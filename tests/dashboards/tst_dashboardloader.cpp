#include "models/dashboards/dashboard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

class TestDashboardLoader : public QObject
{
    Q_OBJECT private Q_SLOTS : void builtins()
    {
        QStringList errors;
        const QList<Dashboard> all = DashboardLoader::loadAll({}, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(all.size(), 4);
        const QStringList ids{QStringLiteral("executive"), QStringLiteral("engineering"),
                              QStringLiteral("business"), QStringLiteral("operations")};
        const QList<qint64> refresh{300000, 60000, 900000, 60000}; // the guide's refresh rates
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(all[i].id, ids[i]);
            QCOMPARE(all[i].refreshMs, refresh[i]);
            QVERIFY(!all[i].audience.isEmpty());
            for (const Panel &p : all[i].panels)
                QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        }
    }

    void brokenPanel_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown type")
            << QByteArray(
                   "{\"panels\": [\n  {\"title\": \"x\", \"type\": \"pie\", \"expr\": \"up\"}\n]}")
            << "d.json:2:26: unknown panel type \"pie\"";
        QTest::newRow("no query")
            << QByteArray("{\"panels\": [\n  {\"title\": \"x\", \"type\": \"stat\"}\n]}")
            << "d.json:2:3: a stat panel needs at least one query";
        QTest::newRow("bad threshold")
            << QByteArray("{\"panels\": [{\"type\": \"stat\", \"expr\": \"up\",\n \"thresholds\": "
                          "[{\"value\": \"high\"}]}]}")
            << "d.json:2:17: a threshold needs a numeric value";
        QTest::newRow("bad range")
            << QByteArray(
                   "{\"panels\": [{\"type\": \"stat\", \"expr\": \"up\", \"range\": \"30 days\"}]}")
            << "d.json:1:53: invalid duration";
    }
    void brokenPanel()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        // The broken panel becomes an error panel; a good panel beside it still loads.
        json.replace("]}", "], \"x\": 1}");
        auto r = DashboardLoader::loadText(json, QStringLiteral("/some/where/d.json"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().panels.size(), 1);
        QVERIFY2(r.value().panels[0].error.contains(error), qPrintable(r.value().panels[0].error));
    }

    void brokenFile()
    {
        auto r = DashboardLoader::loadText("{\"panels\": [\n  {\"type\": \"stat\"\n",
                                           QStringLiteral("d.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().startsWith(u"d.json:3:1: end of map flow not found"),
                 qPrintable(r.error().toString()));
    }

    void userReplacesBuiltin()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("mine.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"id": "business", "title": "Our business", "refresh": "5m",
                    "panels": [{"type": "stat", "title": "Leads", "expr": "sum(leads_created_total)"}]})json");
        f.close();
        QFile g(dir.filePath(QStringLiteral("extra.json")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(R"({"id": "extra", "panels": []})");
        g.close();
        QStringList errors;
        const auto all = DashboardLoader::loadAll(dir.path(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(all.size(), 5);
        QCOMPARE(all[2].title, QStringLiteral("Our business"));
        QCOMPARE(all[4].id, QStringLiteral("extra"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardLoader)
#include "tst_dashboardloader.moc"
