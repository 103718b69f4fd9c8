#pragma once

#include <QWidget>

class QComboBox;

namespace Wk {

class SettingsThemePreview;
class UserConfig;

// Settings > Appearance: the theme (desktop or wall, with a picture of each) applied at once
// through the ThemeManager, and the language (the translations found, or the system's),
// which some texts take only after a restart.
class SettingsAppearancePage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsAppearancePage(UserConfig *config, QWidget *parent = nullptr); // not owned

    // Codes of the translations found (":/i18n/watchkeeper_<code>.qm" and the installed ones),
    // English first.
    static QStringList availableLanguages();

Q_SIGNALS:
    void themeChanged(const QString &theme);   // "desktop" or "wall"
    void languageChanged(const QString &code); // empty: the system's

private:
    void chooseTheme(const QString &theme);

    UserConfig *m_config; // not owned
    SettingsThemePreview *m_desktop;
    SettingsThemePreview *m_wall;
    QComboBox *m_language;
};

} // namespace Wk
