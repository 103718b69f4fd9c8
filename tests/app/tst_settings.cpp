#include "app/settingsappearancepage.h"
#include "app/settingstargetspage.h"
#include "app/settingswindow.h"
#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/alerts/notificationconfigloader.h"
#include "models/config/userconfig.h"
#include "models/config/workspace.h"
#include "models/core/clock.h"
#include "widgets/thememanager.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Wk;

class TestSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimulatorServer> m_server;
    QUrl m_base;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_original;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    // Check boxes and radio buttons take clicks on their box and label only.
    static void tick(QAbstractButton *b)
    {
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
    }

    QByteArray onDisk() const
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    void apply(SettingsWindow &w)
    {
        QTest::mouseClick(child<QPushButton>(&w, "applyTarget"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("WK_SETTINGS_TOKEN", "very-secret-value");
        m_sim = std::make_unique<Simulator>(11, SystemClock::instance());
        m_server = std::make_unique<SimulatorServer>(m_sim.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0) != 0);
        m_base = m_server->url();
    }

    void init()
    {
        QDir(UserConfig::directory()).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("staging.yaml"));
        m_original = QStringLiteral(R"(# Staging workspace, kept by the ops team.
title: Staging   # shown in the window title

targets:
  # The API's health: every 30 s as the guide says.
  - name: api-health
    url: %1/api/health
    interval: 30s   # do not go lower, the endpoint is expensive
# Local state.
database: state.db
)")
                         .arg(m_base.toString())
                         .toUtf8();
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_original);
        ThemeManager::instance()->setVariant(Theme::Variant::Desktop);
    }

    void addTargetThroughTheUi()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        QSignalSpy changed(&w, &SettingsWindow::targetsChanged);
        QCOMPARE(child<QListWidget>(&w, "targetList")->count(), 1);

        QTest::mouseClick(child<QPushButton>(&w, "addTarget"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&w, "targetName"), QStringLiteral("api"));
        child<QComboBox>(&w, "targetKind")->setCurrentIndex(1);       // metrics
        QCOMPARE(child<QSpinBox>(&w, "targetInterval")->value(), 15); // the guide's scrape
        QTest::keyClicks(child<QLineEdit>(&w, "targetUrl"), m_base.toString() + "/metrics");
        apply(w);

        QCOMPARE(changed.size(), 1);
        const auto targets = changed.at(0).at(0).value<QList<TargetConfig>>();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(1).name, QStringLiteral("api"));
        QCOMPARE(targets.at(1).kind, TargetConfig::Kind::Metrics);
        QCOMPARE(targets.at(1).intervalMs, 15'000);
        // The file: every comment where it was, the new target after the last one.
        const QByteArray expected =
            QByteArray(m_original)
                .replace("expensive\n", "expensive\n  - name: api\n    kind: metrics\n    url: " +
                                            m_base.toString().toUtf8() +
                                            "/metrics\n    interval: 15s\n");
        QCOMPARE(QString::fromUtf8(onDisk()), QString::fromUtf8(expected));
        QVERIFY(WorkspaceLoader::loadFile(m_path).ok());
        QCOMPARE(child<QListWidget>(&w, "targetList")->count(), 2);
        QVERIFY(child<QLabel>(&w, "targetStatus")->text().contains(QStringLiteral("Saved")));
    }

    void editKeepsTheLinesComment()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        QSignalSpy changed(&w, &SettingsWindow::targetsChanged);
        child<QListWidget>(&w, "targetList")->setCurrentRow(0);
        QCOMPARE(child<QLineEdit>(&w, "targetName")->text(), QStringLiteral("api-health"));
        child<QSpinBox>(&w, "targetInterval")->setValue(60);
        apply(w);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<TargetConfig>>().at(0).intervalMs, 60'000);
        QCOMPARE(onDisk(), QByteArray(m_original).replace("interval: 30s   #", "interval: 1m   #"));
    }

    void credentialsByEnvironmentVariableNeverTheSecret()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        QSignalSpy changed(&w, &SettingsWindow::targetsChanged);
        tick(child<QRadioButton>(&w, "credentialsByEnv"));
        QVERIFY(child<QLineEdit>(&w, "credentialsEnv")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&w, "credentialsEnv"),
                         QStringLiteral("WK_SETTINGS_TOKEN"));
        apply(w);
        QCOMPARE(changed.size(), 1);
        const QByteArray text = onDisk();
        QVERIFY2(text.contains("    bearer_token: \"${WK_SETTINGS_TOKEN}\"\n"), text.constData());
        QVERIFY(!text.contains("very-secret-value"));
        // The collector gets the value.
        QCOMPARE(changed.at(0).at(0).value<QList<TargetConfig>>().at(0).bearerToken,
                 QStringLiteral("very-secret-value"));
        QVERIFY(text.contains("# do not go lower, the endpoint is expensive"));

        // A file instead: the reference goes, the path comes.
        tick(child<QRadioButton>(&w, "credentialsByFile"));
        QTest::keyClicks(child<QLineEdit>(&w, "credentialsFile"), QStringLiteral("/etc/wk/token"));
        apply(w);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!onDisk().contains("bearer_token"));
        QVERIFY(onDisk().contains("    credentials_file: /etc/wk/token\n"));
    }

    void tlsSkipShowsAWarning()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.resize(1000, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QLabel *warning = child<QLabel>(&w, "skipWarning");
        QCheckBox *skip = child<QCheckBox>(&w, "skipVerify");
        QVERIFY(!warning->isVisible());
        tick(skip);
        QVERIFY(skip->isChecked());
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("will not be checked")));
        QCoreApplication::processEvents(); // let the scroll area settle before the picture
        w.grab().save(QStringLiteral("/tmp/firstrun-settings.png"));
        apply(w);
        QVERIFY(onDisk().contains("    tls:\n      insecure_skip_verify: true\n"));
        tick(skip);
        QVERIFY(!warning->isVisible());
    }

    void testUsesTheFirstRunTester()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        QTest::mouseClick(child<QPushButton>(&w, "testTarget"), Qt::LeftButton);
        QLabel *status = child<QLabel>(&w, "targetStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("checks")), 10000);
        QVERIFY2(status->text().contains(QStringLiteral("database")), qPrintable(status->text()));
    }

    void removeAndUndo()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        QSignalSpy changed(&w, &SettingsWindow::targetsChanged);
        QListWidget *list = child<QListWidget>(&w, "targetList");
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&w, "removeTarget"), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<QList<TargetConfig>>().isEmpty());
        QVERIFY(!onDisk().contains("api-health"));
        QVERIFY(onDisk().contains("targets: []\n# Local state.\n"));
        QCOMPARE(list->count(), 0);
        QPushButton *undo = child<QPushButton>(&w, "undoRemoval");
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(onDisk(), m_original);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(list->count(), 1);
    }

    void invalidEntriesAreRefusedAndTheFileStays()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        QSignalSpy changed(&w, &SettingsWindow::targetsChanged);
        QLineEdit *name = child<QLineEdit>(&w, "targetName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("9 lives"));
        apply(w);
        QCOMPARE(changed.size(), 0);
        QVERIFY2(
            child<QLabel>(&w, "targetStatus")->text().contains(QStringLiteral("may use letters")),
            qPrintable(child<QLabel>(&w, "targetStatus")->text()));
        QCOMPARE(onDisk(), m_original);

        // An environment variable that is not set cannot be used.
        name->clear();
        QTest::keyClicks(name, QStringLiteral("api-health"));
        tick(child<QRadioButton>(&w, "credentialsByEnv"));
        QTest::keyClicks(child<QLineEdit>(&w, "credentialsEnv"),
                         QStringLiteral("WK_SURELY_UNSET_VAR"));
        apply(w);
        QCOMPARE(changed.size(), 0);
        QVERIFY(child<QLabel>(&w, "targetStatus")
                    ->text()
                    .contains(QStringLiteral("WK_SURELY_UNSET_VAR is not set")));
        QCOMPARE(onDisk(), m_original);
    }

    void keyboardPaths()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy changed(&w, &SettingsWindow::targetsChanged);
        QLineEdit *name = child<QLineEdit>(&w, "targetName");
        child<QListWidget>(&w, "targetList")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QVERIFY(name->text().isEmpty());
        QTest::keyClicks(name, QStringLiteral("web"));
        QTest::keyClicks(child<QLineEdit>(&w, "targetUrl"), m_base.toString() + "/api/health");
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(changed.size(), 1);
        QVERIFY(onDisk().contains("  - name: web\n"));
        // Ctrl+3 shows the third page; Escape closes the window.
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), SettingsWindow::Page::User);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
    }

    void demoHasNoEditableTargets()
    {
        UserConfig config;
        SettingsWindow w(&config, QString());
        w.show();
        QVERIFY(!child<QLineEdit>(&w, "targetName")->isEnabled());
        QVERIFY(!child<QPushButton>(&w, "addTarget")->isEnabled());
        QVERIFY(child<QLabel>(&w, "targetStatus")->text().contains(QStringLiteral("demo")));
    }

    void operatorAndQuietHours()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.show();
        w.showPage(SettingsWindow::Page::User);
        QSignalSpy op(&w, &SettingsWindow::operatorChanged);
        QSignalSpy quiet(&w, &SettingsWindow::quietHoursChanged);
        QLineEdit *name = child<QLineEdit>(&w, "operatorName");
        QTest::keyClicks(name, QStringLiteral("Grace"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(op.size(), 1);
        QCOMPARE(op.at(0).at(0).toString(), QStringLiteral("Grace"));
        QCOMPARE(UserConfig().operatorName(), QStringLiteral("Grace"));

        tick(child<QCheckBox>(&w, "quietHours"));
        QCOMPARE(quiet.size(), 1);
        QCOMPARE(quiet.at(0).at(0).toTime(), QTime(22, 0));
        QCOMPARE(quiet.at(0).at(1).toTime(), QTime(7, 0));
        child<QTimeEdit>(&w, "quietEnd")->setTime(QTime(6, 30));
        QCOMPARE(quiet.last().at(1).toTime(), QTime(6, 30));
        UserConfig again;
        QVERIFY(again.hasQuietHours());
        QCOMPARE(again.quietEnd(), QTime(6, 30));
        tick(child<QCheckBox>(&w, "quietHours"));
        QVERIFY(!quiet.last().at(0).toTime().isValid());
        QVERIFY(!UserConfig().hasQuietHours());
    }

    void themeAppliesAtOnce()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.resize(1000, 760);
        w.show();
        w.showPage(SettingsWindow::Page::Appearance);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy theme(&w, &SettingsWindow::themeChanged);
        QSignalSpy managed(ThemeManager::instance(), &ThemeManager::themeChanged);
        auto *wall = child<QAbstractButton>(&w, "themeWall");
        QVERIFY(child<QAbstractButton>(&w, "themeDesktop")->isChecked());
        QTest::mouseClick(wall, Qt::LeftButton);
        QVERIFY(wall->isChecked());
        QCOMPARE(theme.size(), 1);
        QCOMPARE(theme.at(0).at(0).toString(), QStringLiteral("wall"));
        QCOMPARE(managed.size(), 1);
        QCOMPARE(ThemeManager::current().variant, Theme::Variant::Wall);
        QCOMPARE(UserConfig().theme(), QStringLiteral("wall"));
        // The language: the system's first, and that it applies at once.
        QComboBox *lang = child<QComboBox>(&w, "language");
        QVERIFY(lang->itemText(0).startsWith(QStringLiteral("System language")));
        QVERIFY(lang->findData(QStringLiteral("en")) > 0);
        QVERIFY(child<QLabel>(&w, "languageRestartNote")->isVisible());
        QVERIFY(
            child<QLabel>(&w, "languageRestartNote")->text().contains(QStringLiteral("at once")));
        QCoreApplication::processEvents(); // let the scroll area settle before the picture
        w.grab().save(QStringLiteral("/tmp/firstrun-settings-appearance.png"));
        // Back by keyboard: focus the desktop preview and press space.
        auto *desktop = child<QAbstractButton>(&w, "themeDesktop");
        desktop->setFocus();
        QTest::keyClick(desktop, Qt::Key_Space);
        QCOMPARE(ThemeManager::current().variant, Theme::Variant::Desktop);
        QCOMPARE(theme.size(), 2);
    }

    void notificationChannel()
    {
        UserConfig config;
        SettingsWindow w(&config, m_path);
        w.resize(1000, 760);
        w.show();
        w.showPage(SettingsWindow::Page::Notifications);
        QSignalSpy changed(&w, &SettingsWindow::notificationsChanged);
        {
            QFile secret(m_dir->filePath(QStringLiteral("slack-url")));
            QVERIFY(secret.open(QIODevice::WriteOnly));
            secret.write("https://hooks.slack.example/services/T0/B0/xyz\n");
        }
        QTest::mouseClick(child<QPushButton>(&w, "addChannel"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&w, "channelName"), QStringLiteral("oncall"));
        child<QComboBox>(&w, "channelType")
            ->setCurrentIndex(
                child<QComboBox>(&w, "channelType")->findData(QStringLiteral("slack")));
        tick(child<QCheckBox>(&w, "severity_critical"));
        QTest::keyClicks(child<QLineEdit>(&w, "secretFile"),
                         m_dir->filePath(QStringLiteral("slack-url")));
        QTest::mouseClick(child<QPushButton>(&w, "applyChannel"), Qt::LeftButton);
        QVERIFY2(changed.size() == 1, qPrintable(child<QLabel>(&w, "channelStatus")->text()));
        const QByteArray text = onDisk();
        QVERIFY2(
            text.contains("notifications:\n  channels:\n    - name: oncall\n      type: slack\n"
                          "      severities: [critical]\n      url_file: "),
            text.constData());
        QVERIFY(text.startsWith(m_original.left(m_original.indexOf("# Local state."))));
        QVERIFY(text.contains("# Local state.\ndatabase: state.db\n"));
        const auto loaded = NotificationConfigLoader::loadFile(m_path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(child<QListWidget>(&w, "channelList")->count(), 1);
        QCoreApplication::processEvents(); // let the scroll area settle before the picture
        w.grab().save(QStringLiteral("/tmp/firstrun-settings-notifications.png"));

        // A webhook with its URL inline would be refused by the loader; the form only writes
        // references, so a bad variable name is caught before.
        tick(child<QRadioButton>(&w, "secretByEnv"));
        QTest::keyClicks(child<QLineEdit>(&w, "secretEnv"), QStringLiteral("not a name"));
        QTest::mouseClick(child<QPushButton>(&w, "applyChannel"), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(child<QLabel>(&w, "channelStatus")->text().contains(QStringLiteral("letters")));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
