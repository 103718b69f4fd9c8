// Settings > Appearance > Language changes the running console's language at once: the main
// window is made again in the new language where the user was, with the same session.

#include "app/mainwindow.h"
#include "app/session.h"
#include "app/settingswindow.h"
#include "app/translation.h"

#include "models/config/userconfig.h"
#include "models/dashboards/dashboardrunner.h"

#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Wk;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    // What the program's main() does with the window's request.
    void follow()
    {
        connect(m_window.get(), &MainWindow::languageChangeRequested, this,
                [this](const QString &code) {
                    QString error;
                    auto next = MainWindow::inLanguage(*m_window, code, &error);
                    QVERIFY2(next, qPrintable(error));
                    m_window.release()->deleteLater();
                    m_window = std::move(next);
                    follow();
                });
    }

    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(); }

    void chooseInSettings(const QString &code)
    {
        SettingsWindow *settings = m_window->settingsWindow();
        QVERIFY(settings && settings->isVisible());
        auto *language = settings->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        const int at = language->findData(code);
        QVERIFY2(at >= 0, qPrintable(code));
        language->setCurrentIndex(at);
        Q_EMIT language->activated(at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user config in a test folder
        UserConfig().setLanguage(QString());
        QVERIFY(Translation::install(QStringLiteral("en")));
        m_session = std::make_unique<Session>();
        Session::Options options;
        options.demo = true;
        options.seed = 11;
        options.backfillDays = 1;
        options.database = QStringLiteral(":none");
        const auto started = m_session->start(options);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        m_window = std::make_unique<MainWindow>(m_session.get());
        follow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        UserConfig().setLanguage(QString());
    }

    void switchesAtOnceWhereTheUserWas()
    {
        QCOMPARE(tabs()->tabText(0), QStringLiteral("Executive"));
        tabs()->setCurrentIndex(2);
        const QString business = m_session->runners().at(2)->dashboard().id;
        QVERIFY(m_session->runners().at(2)->isActive());
        m_window->showSettings();
        m_window->settingsWindow()->showPage(SettingsWindow::Page::Appearance);
        QPointer<MainWindow> old = m_window.get();

        chooseInSettings(QStringLiteral("de"));

        QVERIFY(m_window.get() != old.data());
        QTRY_VERIFY(old.isNull()); // the old window is gone
        QCOMPARE(Translation::current(), QStringLiteral("de"));
        QCOMPARE(UserConfig().language(), QStringLiteral("de")); // and kept for the next start
        // The same place: third tab, the settings open on the same page, now in German.
        QCOMPARE(tabs()->currentIndex(), 2);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->settingsWindow() && m_window->settingsWindow()->isVisible());
        QCOMPARE(m_window->settingsWindow()->currentPage(), SettingsWindow::Page::Appearance);
        const QString executive = QCoreApplication::translate("Wk::Dashboard", "Executive");
        QVERIFY(executive != QStringLiteral("Executive"));
        QCOMPARE(tabs()->tabText(0), executive);
        QCOMPARE(m_session->runners().at(0)->dashboard().title, executive);
        QCOMPARE(m_session->runners().at(2)->dashboard().id, business); // queries unchanged
        const QString alerts = QCoreApplication::translate("Wk::MainWindow", "Alerts");
        QVERIFY(alerts != QStringLiteral("Alerts"));
        bool alertsTab = false;
        for (int i = 0; i < tabs()->count(); ++i)
            alertsTab = alertsTab || tabs()->tabText(i) == alerts;
        QVERIFY(alertsTab);
        // The shown dashboard still runs; the old window's pages did not switch it off.
        QVERIFY(m_session->runners().at(2)->isActive());
        QVERIFY(!m_session->runners().at(0)->isActive());

        // And back.
        chooseInSettings(QStringLiteral("en"));
        QCOMPARE(Translation::current(), QStringLiteral("en"));
        QCOMPARE(tabs()->tabText(0), QStringLiteral("Executive"));
        QCOMPARE(tabs()->currentIndex(), 2);
    }

    void unknownLanguageKeepsTheWindow()
    {
        QString error;
        auto next = MainWindow::inLanguage(*m_window, QStringLiteral("xx"), &error);
        QVERIFY(!next);
        QVERIFY2(error.contains(QLatin1String("\"xx\"")), qPrintable(error));
        QCOMPARE(Translation::current(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
