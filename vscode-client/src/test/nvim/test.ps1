# Neovim test script for the Entra language server
Connect-AzureAD -TenantId 'contoso.onmicrosoft.com'
$context = Get-EntraCon
Disconnect-Entra
$users = Get-EntraUser -Top 3
