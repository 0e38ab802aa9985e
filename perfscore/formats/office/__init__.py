"""Office documents (XLSX, ODS, ODT): a sheet layout any format can fill (`sheet`), its two spreadsheet back
ends (`xlsxbook` with XlsxWriter, `odsbook` with odfdo), and what makes every file byte-identical from run to
run (`package`). XlsxWriter and odfdo are the optional extra `office`; `package.need` says so when missing.
"""
