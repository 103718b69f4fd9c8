#include "singleinstance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace Wk {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "wk.app.instance")

// One line: "raise <JSON array of arguments>\n".
constexpr char raiseCommand[] = "raise";

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(dir).filePath(QStringLiteral("watchkeeper.instance"));
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments)
{
    // Two launches at the same moment must not both remove the other's socket: the check and
    // the listen happen under a lock (a lock left by a dead process is taken over).
    QLockFile lock(m_name + QStringLiteral(".lock"));
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(3'000))
        qCWarning(lcInstance) << "could not lock" << lock.fileName() << "; going on without";

    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1'000)) {
        const QByteArray args =
            QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
        probe.write(QByteArray(raiseCommand) + ' ' + args + '\n');
        if (probe.waitForBytesWritten(1'000)) {
            probe.disconnectFromServer();
            return Role::Secondary;
        }
        qCWarning(lcInstance) << "the running instance did not take the request:"
                              << probe.errorString();
    }
    // Nobody answers: a socket left by a process that died, or none at all.
    QLocalServer::removeServer(m_name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        qCWarning(lcInstance) << "cannot listen on" << m_name << ":" << m_server->errorString()
                              << "; a second launch will start another window";
    return Role::Primary;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto read = [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed();
                const qsizetype space = line.indexOf(' ');
                const QByteArray command = space < 0 ? line : line.left(space);
                if (command != raiseCommand) {
                    qCWarning(lcInstance) << "unknown request" << command;
                    continue;
                }
                const QJsonArray args =
                    QJsonDocument::fromJson(space < 0 ? QByteArray() : line.mid(space + 1)).array();
                QStringList arguments;
                for (const auto &a : args)
                    arguments << a.toString();
                Q_EMIT raiseRequested(arguments);
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        read();
    }
}

} // namespace Wk
