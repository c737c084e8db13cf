#pragma once

#include "fielding/OdkFormBuilder.h"
#include "questionnaire/Questionnaire.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

// Exporting a questionnaire for ODK fielding (docs/odk.md): the format (an XForm for ODK
// Collect / Central / Enketo, or an XLSForm workbook for KoboToolbox and ODK Central), the
// options, and before anything is written, the list of what the form cannot carry.
class OdkExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { XForm, XlsForm };

    OdkExportDialog(const Questionnaire& questionnaire, Format format, QWidget* parent = nullptr);

    Format format() const;
    OdkFormBuilder::Options options() const;
    // The notes shown, one per line (for tests).
    QStringList notes() const;

private:
    void refresh();

    const Questionnaire& m_questionnaire;
    QComboBox* m_format = nullptr;
    QCheckBox* m_askVisitId = nullptr;
    QCheckBox* m_commentEverywhere = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_notes = nullptr;
};
