#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Wk {

// One desktop Watchkeeper per user: the first process listens on a local socket in the user's
// runtime folder; a later one finds it there, asks it to raise its window (passing its
// command line) and exits. A socket left behind by a process that died is removed. The wall
// (--wall) and headless runs (--screenshot) do not take part: they may run beside the desktop.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process is the one instance (or could not listen and runs alone)
        Secondary, // another instance is running and was asked to raise its window
    };

    // serverName: the socket's path; the default is per user (defaultServerName()).
    explicit SingleInstance(const QString &serverName = defaultServerName(),
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR/watchkeeper.instance (a folder only this user can open).
    static QString defaultServerName();

    // Becomes the primary or hands `arguments` to the running one. Returns at once.
    Role start(const QStringList &arguments = {});
    bool isListening() const;
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // A second launch asked for the window (its command line, without the program name).
    void raiseRequested(const QStringList &arguments);

private:
    void accept();

    QString m_name;
    QLocalServer *m_server; // owned (child)
};

} // namespace Wk
