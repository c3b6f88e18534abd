import textwrap

import torch
from torch import nn

torch.manual_seed(0)

G = nn.Linear(2, 2)
D = nn.Linear(2, 1)
optimizer_G = torch.optim.SGD(G.parameters(), lr=0.01)
optimizer_D = torch.optim.SGD(D.parameters(), lr=0.01)
bce = nn.BCEWithLogitsLoss()
real, z = torch.randn(4, 2) + 3, torch.randn(4, 2)
ones, zeros = torch.ones(4, 1), torch.zeros(4, 1)

fake = G(z)
loss_D = bce(D(real), ones) + bce(D(fake.detach()), zeros)
loss_G = bce(D(fake), ones)

optimizer_D.zero_grad()
loss_D.backward()
optimizer_D.step()

optimizer_G.zero_grad()
try:
    loss_G.backward()
    optimizer_G.step()
    print("generator updated")
except RuntimeError as e:
    print(textwrap.fill(f"{type(e).__name__}: {e}", 79, break_long_words=False))
