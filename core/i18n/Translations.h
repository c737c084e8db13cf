#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;
class QTranslator;

// Installs ShopScope's and Qt's own translations for a language ("" = the system's).
class Translations
{
public:
    static QStringList availableLanguages(); // en, sv, nb, lv, pl
    // The language's own name for itself ("latviešu", "polski"), "English" for en.
    static QString nativeName(const QString& code);
    // Loads ShopScope's translation of a language into translator, English when there is none
    // (its file carries the plural forms the sources write as "location(s)"); false when not
    // even English loads. The interface (install) and chart texts (ReportTexts) both use it.
    static bool load(QTranslator* translator, const QLocale& locale);
    // Returns the language actually installed (falls back to English).
    static QString install(QCoreApplication* application, const QString& language);
};
