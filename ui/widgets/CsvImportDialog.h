#pragma once

#include "io/CsvProblem.h"
#include "io/CsvTable.h"
#include "io/ImportFieldTable.h"

#include <QByteArray>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class Project;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// What importing a CSV file looks like, whatever it holds (locations, shoppers): what was
// detected (encoding, delimiter, decimal comma) with a way to correct it, which column holds
// which field (guessed from the header, remembered per header), the first rows as read, and the
// dry run's problems by line and column, before anything is written. Reading the file and
// checking it against the programme run off the GUI thread, behind a progress dialog with Cancel.
//
// A subclass says what its fields are called and which are required, checks the table (on a
// worker, with a connection of its own), keeps the plan, and sums it up; it calls start() at the
// end of its constructor.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    bool isReadable() const { return m_bytes.has_value(); }
    QString readProblem() const { return m_readProblem; }
    bool validRowsOnly() const { return m_validRowsOnly; }

    QComboBox* encodingCombo() const { return m_encoding; }
    QCheckBox* decimalCommaCheck() const { return m_decimalComma; }
    // One row per field (in the field table's order); column 1 holds the column chooser.
    QTableWidget* mappingTable() const { return m_mapping; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* validRowsButton() const { return m_validRows; }

protected:
    // What a check found, for the list and the buttons.
    struct Checked
    {
        QList<CsvProblem> problems;
        bool hasRows = false; // something to write
    };
    // Runs on a worker thread with a connection of its own: it must not touch widgets.
    using Check = std::function<Checked(const QSqlDatabase& db)>;

    // settingsGroup: where mappings are remembered ("locationImport").
    CsvImportDialog(Project* project, const QString& path, const ImportFieldTable& fields, const QString& settingsGroup,
                    QWidget* parent);
    // Reads the file and checks it; the subclass's constructor calls it last.
    void start();
    // An option of the check (not of reading): changing it checks the file again.
    void addOption(QCheckBox* option);
    QString fileName() const;

    virtual QString fieldLabel(int field) const = 0;
    virtual bool isRequired(int field) const = 0;
    // Called on the GUI thread; the function it returns checks the table as mapped on a worker.
    virtual Check check(const CsvTable& table, const ImportFieldTable::Mapping& mapping, bool decimalComma) = 0;
    // After the check: keep what it planned (ok), or drop it (failed, cancelled, nothing to check).
    virtual void keepChecked(bool ok) = 0;
    // "3 new shoppers, 2 updated by code, 1 problem".
    virtual QString summary(int problems) const = 0;

private:
    void reread();
    void recheck();
    void rememberMapping() const;
    QString settingsKey(const QStringList& header) const;
    ImportFieldTable::Mapping currentMapping() const;
    QWidget* progressParent();

    Project* m_project;
    QString m_path;
    const ImportFieldTable& m_fields;
    QString m_settingsGroup;
    std::optional<QByteArray> m_bytes;
    QString m_readProblem;
    std::optional<CsvTable> m_table;
    QList<CsvProblem> m_readProblems;
    bool m_validRowsOnly = false;
    bool m_loading = false;

    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_decimalComma;
    QFormLayout* m_reading;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_validRows;
};
