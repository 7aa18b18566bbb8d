---<<BOOT>>---
Copyright (c) 1992-2024 The FreeBSD Project.
FreeBSD 14.1-RELEASE releng/14.1-n267679 GENERIC amd64
CPU: QEMU Virtual CPU version 2.5+ (2400.00-MHz K8-class CPU)
real memory  = 25769803776 (24576 MB)
em0: <Intel(R) Legacy PRO/1000 MT 82540EM> port 0xc000-0xc03f mem 0xfebc0000-0xfebdffff irq 11 at device 3.0 on pci0
em0: Ethernet address: 08:00:27:a1:b2:c3
ada0: <QEMU HARDDISK 2.5+> ATA-7 device
Trying to mount root from ufs:/dev/ada0p2 [rw]...
