<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Жоқ</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Иә</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Анықтама</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Тоқтату</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Тастау</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Қайталау</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Әдепкі мәндер</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Елемеу</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Бәріне &amp;жоқ</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Бәрін сақтау</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сақтамау</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Бәріне &amp;иә</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Қиып алу</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Көшіру</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайтару</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Қою</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Барлығын белгілеу</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Қиып алу</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Көшіру</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайтару</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Қою</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Барлығын белгілеу</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>&amp;Сілтеме мекенжайын көшіру</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Толығырақ...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Толығырақ ақпаратты жасыру...</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>Step &amp;down</source>
            <translation>Бір қадам &amp;төмен</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Бір қадам &amp;жоғары</translation>
        </message>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Барлығын белгілеу</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Басып шығаруды алдын ала қарау</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Басып шығару</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Бүкіл бет</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Үлкейту</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомдық</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Кішірейту</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ені бойынша</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Кітаптық</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Бет параметрлері</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Бет параметрлері</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Барлық беттерді шолу</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Бірінші бет</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Соңғы бет</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Бір бетті көрсету</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>PDF-ке экспорттау</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Алдыңғы бет</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Келесі бет</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Қатар тұрған беттерді көрсету</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Қағаз</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Шеттер</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомдық</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Кітаптық</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Бағдары</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Бет өлшемі:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Ені:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Биіктігі:</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>жоғарғы шеті</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>төменгі шеті</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>сол жақ шеті</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>оң жақ шеті</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Миллиметр (мм)</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>мм</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Өзгеше</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Беттердің орналасуы</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Парақтағы бет саны:</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Беттердің реті:</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Төңкерілген кітаптық</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Төңкерілген альбомдық</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Қағаз көзі:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Back</source>
            <translation>Артқа</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлдар</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Файл &amp;аты:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Жаңа қалта</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Қалта</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Жоғарғы қалта</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Жаңа қалта</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Менің компьютерім</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Қайда қарау:</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Жаңа қалта жасау</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Файл түрі:</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Жасырын файлдарды көрсету</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Басқаша сақтау</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Таңдау</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Жою</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Атын өзгерту</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Қалта:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Алға</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Алға</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Артқа</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Жоғарғы қалтаға өту</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Соңғы орындар</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Толық көрініс</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Тізім</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл табылмады.
Файл атының дұрыс көрсетілгенін тексеріңіз.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Қалта табылмады.
Қалта атының дұрыс көрсетілгенін тексеріңіз.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>«%1» жою керек пе?</translation>
        </message>
    </context>
</TS>
