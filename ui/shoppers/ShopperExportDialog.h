#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Where to export the panel, and whether personal data goes with it. Personal data is off by
// default; ticking it shows what that means before anything is written.
class ShopperExportDialog : public QDialog
{
    Q_OBJECT

public:
    ShopperExportDialog(const QString& path, int shoppers, QWidget* parent = nullptr);

    QString path() const;
    bool includePersonal() const;

    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* personalCheck() const { return m_personal; }
    QLabel* warningLabel() const { return m_warning; }
    QPushButton* exportButton() const { return m_export; }

private:
    QLineEdit* m_path;
    QCheckBox* m_personal;
    QLabel* m_warning;
    QPushButton* m_export;
};
