#pragma once

#include "widgets/theme.h"

#include <QObject>

namespace Wk {

// The theme in force. Widgets read current() when they paint and restyle on themeChanged(), so
// switching between the desktop and the wall theme restyles every live widget.
class ThemeManager final : public QObject
{
    Q_OBJECT
public:
    static ThemeManager *instance();
    static const Theme &current() { return instance()->theme(); }

    const Theme &theme() const { return m_theme; }
    void setTheme(const Theme &theme);
    void setVariant(Theme::Variant variant);

Q_SIGNALS:
    void themeChanged();

private:
    explicit ThemeManager(QObject *parent = nullptr);
    Theme m_theme;
};

} // namespace Wk
