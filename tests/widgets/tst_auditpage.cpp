#include "alertsfixture.h"

#include "models/alerts/auditlogmodel.h"
#include "widgets/auditpage.h"
#include "widgets/thememanager.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Wk;

// The audit log page: every acknowledge, silence and maintenance change appears with who, when,
// what and why; the filter narrows it; Export CSV writes the whole log.
class TestAuditPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AlertsFixture> m_world;
    AlertBook *book() const { return m_world->book.get(); }

    QStringList rows(const AuditPage &page) const
    {
        QStringList out;
        QAbstractItemModel *m = page.view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, AuditLogModel::ActorColumn).data().toString() + u' ' +
                       m->index(r, AuditLogModel::ActionColumn).data().toString() + u' ' +
                       m->index(r, AuditLogModel::ReasonColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
        m_world = std::make_unique<AlertsFixture>();
        m_world->start();
    }

    void cleanup() { m_world.reset(); }

    void changesAppearWithWhoAndWhy()
    {
        AuditPage page(book());
        page.resize(1200, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.view()->model()->rowCount(), 0);

        const quint64 db =
            m_world->alertId(QStringLiteral("DatabaseUnavailable"), QStringLiteral("db-1"));
        QVERIFY(book()->acknowledge(db, QStringLiteral("restarting the primary")));
        QVERIFY(!book()->unacknowledge(db, QStringLiteral("handing over to li.wei")));
        Silence s;
        s.matchers << LabelMatcher::parse(QStringLiteral("instance=\"web-1\""));
        s.startsAtMs = m_world->clock.nowMs();
        s.endsAtMs = s.startsAtMs + 3'600'000;
        s.createdBy = QStringLiteral("ana.ops");
        s.comment = QStringLiteral("deploy 4711");
        book()->silenceStore()->save(s, [](const Result<QString> &) {});

        QTRY_COMPARE(rows(page), (QStringList{u"ana.ops acknowledge restarting the primary"_qs,
                                              u"ana.ops unacknowledge handing over to li.wei"_qs,
                                              u"ana.ops silence-create deploy 4711"_qs}));
        QVERIFY(page.grab().save(QStringLiteral("/tmp/alertsui-audit.png")));

        page.setTextFilter(QStringLiteral("silence"));
        QCOMPARE(rows(page), QStringList{u"ana.ops silence-create deploy 4711"_qs});
        page.setTextFilter({});
        QCOMPARE(page.view()->model()->rowCount(), 3);
    }

    void exportsTheWholeLog()
    {
        AuditPage page(book());
        QVERIFY(book()->acknowledge(
            m_world->alertId(QStringLiteral("HighErrorRate"), QStringLiteral("web-1")),
            QStringLiteral("looking, \"maybe\" the deploy")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(page.exportCsv(path));
        QVERIFY(page.messageText().contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("time,actor,action,target,details,reason\r\n"));
        QVERIFY2(csv.contains(",ana.ops,acknowledge,"), csv.constData());
        QVERIFY(csv.contains("\"looking, \"\"maybe\"\" the deploy\""));

        QVERIFY(!page.exportCsv(dir.filePath(QStringLiteral("missing/folder/audit.csv"))));
        QVERIFY(page.messageText().contains(u"not exported"));
    }

    void withoutADatabaseItSaysSo()
    {
        LocalSilenceStore silences(&m_world->clock, nullptr);
        AlertBook bare(&m_world->clock, m_world->source.get(), &silences, nullptr);
        AuditPage page(&bare);
        QVERIFY(page.messageText().contains(u"no database"));
        QCOMPARE(page.view()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
