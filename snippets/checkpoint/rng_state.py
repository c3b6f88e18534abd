import torch
from torch import nn
from torch.utils.data import DataLoader

torch.manual_seed(0)

loader = DataLoader(list(range(8)), batch_size=8, shuffle=True)
dropout = nn.Dropout(0.5)


def draw():
    order = next(iter(loader)).tolist()  # (1)!
    mask = (dropout(torch.ones(8)) > 0).int().tolist()  # (2)!
    return order, mask


state = torch.get_rng_state()  # (3)!
print("RNG state:", state.dtype, tuple(state.shape))
print("draw:                  ", draw())
print("draw again:            ", draw())
torch.set_rng_state(state)  # (4)!
print("after set_rng_state:   ", draw())
