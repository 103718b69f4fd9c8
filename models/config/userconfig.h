#pragma once

#include "models/core/result.h"

#include <QString>
#include <QTime>

#include <memory>

class QSettings;

namespace Wk {

// The user's own choices, kept in the user's config folder (QStandardPaths::AppConfigLocation)
// as an INI file: which workspace opens at start (a file, or the demo), the operator name on
// acknowledgements and incident timelines, the theme, the language and quiet hours. Values
// are written when set; sync() reports whether they reached the disk.
class UserConfig final
{
public:
    enum class Start { Unset, Demo, Workspace };

    // The user's config folder (created when missing) and the settings file in it.
    static QString directory();
    static QString defaultFilePath();

    explicit UserConfig(const QString &filePath = defaultFilePath());
    ~UserConfig();
    UserConfig(const UserConfig &) = delete;
    UserConfig &operator=(const UserConfig &) = delete;

    QString filePath() const;

    // What a start without --demo or --workspace opens.
    Start start() const;
    QString workspacePath() const; // absolute; empty unless start() is Workspace
    void setStartDemo();
    void setStartWorkspace(const QString &path);
    void clearStart();

    // The name on acknowledgements and timelines; empty: the OS user.
    QString operatorName() const;
    void setOperatorName(const QString &name);

    // "desktop" or "wall".
    QString theme() const;
    void setTheme(const QString &theme);

    // A translation code ("de", "es", "en"); empty: follow the system locale.
    QString language() const;
    void setLanguage(const QString &code);

    // Desktop popups and sounds other than critical ones wait outside these hours. Both invalid
    // (the default) means no quiet hours; the span may cross midnight.
    QTime quietStart() const;
    QTime quietEnd() const;
    bool hasQuietHours() const;
    void setQuietHours(const QTime &start, const QTime &end);
    void clearQuietHours();

    // Writes pending changes; the error names the file.
    Result<bool> sync();

    static QString themeDesktop() { return QStringLiteral("desktop"); }
    static QString themeWall() { return QStringLiteral("wall"); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Wk
