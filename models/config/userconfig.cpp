#include "userconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Wk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::UserConfig", text);
}

const QString startKey = QStringLiteral("start/open");
const QString workspaceKey = QStringLiteral("start/workspace");
const QString operatorKey = QStringLiteral("user/operator");
const QString themeKey = QStringLiteral("appearance/theme");
const QString languageKey = QStringLiteral("appearance/language");
const QString quietStartKey = QStringLiteral("notifications/quiet_start");
const QString quietEndKey = QStringLiteral("notifications/quiet_end");

const QString timeFormat = QStringLiteral("HH:mm");

} // namespace

QString UserConfig::directory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return dir;
}

QString UserConfig::defaultFilePath()
{
    return QDir(directory()).filePath(QStringLiteral("watchkeeper.ini"));
}

UserConfig::UserConfig(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

UserConfig::~UserConfig() = default;

QString UserConfig::filePath() const
{
    return m_settings->fileName();
}

UserConfig::Start UserConfig::start() const
{
    const QString open = m_settings->value(startKey).toString();
    if (open == u"demo")
        return Start::Demo;
    if (open == u"workspace" && !m_settings->value(workspaceKey).toString().isEmpty())
        return Start::Workspace;
    return Start::Unset;
}

QString UserConfig::workspacePath() const
{
    return start() == Start::Workspace ? m_settings->value(workspaceKey).toString() : QString();
}

void UserConfig::setStartDemo()
{
    m_settings->setValue(startKey, QStringLiteral("demo"));
    m_settings->remove(workspaceKey);
}

void UserConfig::setStartWorkspace(const QString &path)
{
    m_settings->setValue(startKey, QStringLiteral("workspace"));
    m_settings->setValue(workspaceKey, QFileInfo(path).absoluteFilePath());
}

void UserConfig::clearStart()
{
    m_settings->remove(startKey);
    m_settings->remove(workspaceKey);
}

QString UserConfig::operatorName() const
{
    return m_settings->value(operatorKey).toString();
}

void UserConfig::setOperatorName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings->remove(operatorKey);
    else
        m_settings->setValue(operatorKey, name.trimmed());
}

QString UserConfig::theme() const
{
    const QString t = m_settings->value(themeKey).toString();
    return t == themeWall() ? t : themeDesktop();
}

void UserConfig::setTheme(const QString &theme)
{
    m_settings->setValue(themeKey, theme == themeWall() ? themeWall() : themeDesktop());
}

QString UserConfig::language() const
{
    return m_settings->value(languageKey).toString();
}

void UserConfig::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(languageKey);
    else
        m_settings->setValue(languageKey, code);
}

QTime UserConfig::quietStart() const
{
    return QTime::fromString(m_settings->value(quietStartKey).toString(), timeFormat);
}

QTime UserConfig::quietEnd() const
{
    return QTime::fromString(m_settings->value(quietEndKey).toString(), timeFormat);
}

bool UserConfig::hasQuietHours() const
{
    const QTime s = quietStart();
    const QTime e = quietEnd();
    return s.isValid() && e.isValid() && s != e;
}

void UserConfig::setQuietHours(const QTime &start, const QTime &end)
{
    if (!start.isValid() || !end.isValid() || start == end) {
        clearQuietHours();
        return;
    }
    m_settings->setValue(quietStartKey, start.toString(timeFormat));
    m_settings->setValue(quietEndKey, end.toString(timeFormat));
}

void UserConfig::clearQuietHours()
{
    m_settings->remove(quietStartKey);
    m_settings->remove(quietEndKey);
}

Result<bool> UserConfig::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        return Error(tr("cannot write the user settings: permission denied or no space left"),
                     filePath());
    case QSettings::FormatError:
        return Error(tr("the user settings file is not a valid INI file"), filePath());
    }
    return true;
}

} // namespace Wk
