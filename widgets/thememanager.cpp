#include "widgets/thememanager.h"

#include <QCoreApplication>

namespace Wk {

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_theme(Theme::desktop())
{}

ThemeManager *ThemeManager::instance()
{
    // Parented to the application so it goes away with it; widgets outlive it only if they
    // outlive the application, which Qt does not allow.
    static ThemeManager *manager = new ThemeManager(QCoreApplication::instance());
    return manager;
}

void ThemeManager::setTheme(const Theme &theme)
{
    m_theme = theme;
    Q_EMIT themeChanged();
}

void ThemeManager::setVariant(Theme::Variant variant)
{
    setTheme(variant == Theme::Variant::Wall ? Theme::wall() : Theme::desktop());
}

} // namespace Wk
