#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs ShopScope's and Qt's own translations for a language ("" = the system's).
class Translations
{
public:
    static QStringList availableLanguages(); // en, sv, nb, lv, pl
    // The language's own name for itself ("latviešu", "polski"), "English" for en.
    static QString nativeName(const QString& code);
    // Returns the language actually installed (falls back to English).
    static QString install(QCoreApplication* application, const QString& language);
};
