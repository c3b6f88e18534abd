import copy

import torch

torch.manual_seed(0)

initial = torch.nn.RNNCell(3, 4)
inputs = torch.randn(3, 2, 3)


def train(detach):
    cell = copy.deepcopy(initial)
    optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
    h = torch.zeros(2, 4)
    for iteration, x in enumerate(inputs, 1):
        if detach:
            h = h.detach()  # (1)!
        h = cell(x, h)  # (2)!
        loss = h.pow(2).mean()
        optimizer.zero_grad()
        try:
            loss.backward()  # (3)!
        except RuntimeError as error:
            print(f"  iteration {iteration}: RuntimeError: {str(error).split(' (')[0]}")
            return
        optimizer.step()
        print(f"  iteration {iteration}: loss {loss.item():.4f}")


print("h carried into the next iteration as it is:")
train(detach=False)
print("h = h.detach() at the start of each iteration:")
train(detach=True)
