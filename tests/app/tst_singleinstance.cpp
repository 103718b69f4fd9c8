#include "app/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Wk;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString name(const char *n) const { return m_dir.filePath(QString::fromLatin1(n)); }

private Q_SLOTS:
    void secondLaunchRaisesTheFirst()
    {
        SingleInstance first(name("a"));
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QVERIFY(first.isListening());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);

        SingleInstance second(name("a"));
        QCOMPARE(second.start({QStringLiteral("--dashboard"), QStringLiteral("executive")}),
                 SingleInstance::Role::Secondary);
        QVERIFY(!second.isListening());
        QVERIFY(raised.wait(5000));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("--dashboard"), QStringLiteral("executive")}));

        // And again: each launch raises once.
        SingleInstance third(name("a"));
        QCOMPARE(third.start(), SingleInstance::Role::Secondary);
        QTRY_COMPARE(raised.size(), 2);
        QCOMPARE(raised.at(1).at(0).toStringList(), QStringList());
    }

    void afterTheFirstQuitsTheNextIsPrimary()
    {
        {
            SingleInstance first(name("b"));
            QCOMPARE(first.start(), SingleInstance::Role::Primary);
        }
        SingleInstance next(name("b"));
        QCOMPARE(next.start(), SingleInstance::Role::Primary);
        QVERIFY(next.isListening());
    }

    void staleSocketIsRemoved()
    {
        // A socket file whose process died: bound, never listened on, never removed.
        const QByteArray path = QFile::encodeName(name("c"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(name("c")));

        SingleInstance instance(name("c"));
        QCOMPARE(instance.start(), SingleInstance::Role::Primary);
        QVERIFY(instance.isListening());
        SingleInstance second(name("c"));
        QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    }

    void defaultNameIsPerUser()
    {
        const QString n = SingleInstance::defaultServerName();
        QVERIFY(n.endsWith(QStringLiteral("/watchkeeper.instance")));
        QVERIFY(n.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
